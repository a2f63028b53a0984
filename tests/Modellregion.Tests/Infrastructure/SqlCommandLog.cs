using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Modellregion.Tests.Infrastructure;

/// <summary>
/// Records the SQL commands the app runs while answering a request marked with <see cref="Header"/>, so that a
/// test can state how many commands a page may take (the shape of its work, not its time).
/// </summary>
public sealed class SqlCommandLog(IHttpContextAccessor http) : DbCommandInterceptor
{
    public const string Header = "X-Test-Count-Sql";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<RecordedCommand>> _byMark = new();

    /// <summary>Sends <paramref name="request"/> marked, and answers its response and the commands it took.</summary>
    public async Task<(HttpResponseMessage Response, IReadOnlyList<string> Commands)> MeasureAsync(HttpClient client, HttpRequestMessage request)
    {
        var (response, commands) = await RecordAsync(client, request);
        return (response, [.. commands.Select(c => c.Text)]);
    }

    public Task<(HttpResponseMessage Response, IReadOnlyList<string> Commands)> GetAsync(HttpClient client, string url) =>
        MeasureAsync(client, new HttpRequestMessage(HttpMethod.Get, url));

    /// <summary>Like <see cref="GetAsync"/>, with each command's parameters, so that a test can ask the database for its plan.</summary>
    public Task<(HttpResponseMessage Response, IReadOnlyList<RecordedCommand> Commands)> GetWithParametersAsync(HttpClient client, string url) =>
        RecordAsync(client, new HttpRequestMessage(HttpMethod.Get, url));

    private async Task<(HttpResponseMessage Response, IReadOnlyList<RecordedCommand> Commands)> RecordAsync(HttpClient client, HttpRequestMessage request)
    {
        var mark = Guid.NewGuid().ToString("N");
        request.Headers.Add(Header, mark);
        var response = await client.SendAsync(request);
        _ = await response.Content.ReadAsByteArrayAsync();
        return (response, _byMark.TryRemove(mark, out var commands) ? [.. commands] : []);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        if (http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } mark)
        {
            var parameters = command.Parameters.Cast<DbParameter>().Select(p => new RecordedParameter(p.ParameterName, p.DbType, p.Value)).ToList();
            _byMark.GetOrAdd(mark, _ => new ConcurrentQueue<RecordedCommand>()).Enqueue(new RecordedCommand(command.CommandText, parameters));
        }
    }
}

/// <summary>One command as the app sent it: its text and its parameters.</summary>
public sealed record RecordedCommand(string Text, IReadOnlyList<RecordedParameter> Parameters);

/// <summary>One parameter of a <see cref="RecordedCommand"/>.</summary>
public sealed record RecordedParameter(string Name, System.Data.DbType Type, object? Value);
