using System.Buffers;
using System.Security.Cryptography;

namespace Modellregion.Web.Features.Api;

/// <summary>
/// The body of a read-API or OParl answer while the endpoint writes it. Up to <c>limit</c> bytes are kept in pooled
/// chunks, so that a small answer gets an entity tag over its bytes and a <c>Content-Length</c>. When an answer grows
/// past the limit, the headers go out (without an entity tag), the kept bytes follow and everything after that is
/// written straight to the response: a large answer (a meeting with all its agenda items) is never held whole in
/// memory, and the client receives it while it is written.
/// </summary>
internal sealed class AnswerBuffer(Stream response, int limit, bool discardBody, Action beforeStreaming) : Stream
{
    public const int ChunkSize = 64 * 1024;

    /// <summary>Chunks shared by all requests: at most 128 are kept between requests (8 MB), more are garbage.</summary>
    private static readonly ArrayPool<byte> Chunks = ArrayPool<byte>.Create(ChunkSize, 128);

    private readonly List<byte[]> _chunks = [];
    private long _length;

    /// <summary>Whether the answer has outgrown the limit and goes straight to the response.</summary>
    public bool Streaming { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>The SHA-256 of the kept bytes (only while not streaming).</summary>
    public byte[] Hash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var segment in Segments())
        {
            hash.AppendData(segment.Span);
        }

        return hash.GetHashAndReset();
    }

    /// <summary>Writes the kept bytes to the response.</summary>
    public async Task CopyKeptToAsync(Stream destination, CancellationToken cancellationToken)
    {
        foreach (var segment in Segments())
        {
            await destination.WriteAsync(segment, cancellationToken);
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!Streaming && _length + buffer.Length > limit)
        {
            // Synchronous writes do not happen on this path (the writers flush asynchronously); should one come, it
            // streams synchronously like any response body would.
            StartStreaming();
            foreach (var segment in Segments())
            {
                WriteToResponse(segment.Span);
            }

            Release();
        }

        if (Streaming)
        {
            WriteToResponse(buffer);
            _length += buffer.Length;
            return;
        }

        Keep(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!Streaming && _length + buffer.Length > limit)
        {
            StartStreaming();
            if (!discardBody)
            {
                await CopyKeptToAsync(response, cancellationToken);
            }

            Release();
        }

        if (Streaming)
        {
            if (!discardBody)
            {
                await response.WriteAsync(buffer, cancellationToken);
            }

            _length += buffer.Length;
            return;
        }

        Keep(buffer.Span);
    }

    public override void Flush()
    {
        if (Streaming && !discardBody)
        {
            response.Flush();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        Streaming && !discardBody ? response.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        Release();
        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync()
    {
        Release();
        return base.DisposeAsync();
    }

    private void StartStreaming()
    {
        beforeStreaming();
        Streaming = true;
    }

    private void WriteToResponse(ReadOnlySpan<byte> bytes)
    {
        if (!discardBody)
        {
            response.Write(bytes);
        }
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            var used = (int)(_length % ChunkSize);
            if (used == 0 && _length / ChunkSize == _chunks.Count)
            {
                _chunks.Add(Chunks.Rent(ChunkSize));
            }

            var take = Math.Min(bytes.Length, ChunkSize - used);
            bytes[..take].CopyTo(_chunks[^1].AsSpan(used));
            bytes = bytes[take..];
            _length += take;
        }
    }

    private IEnumerable<ReadOnlyMemory<byte>> Segments()
    {
        var left = _length;
        foreach (var chunk in _chunks)
        {
            var size = (int)Math.Min(left, ChunkSize);
            yield return chunk.AsMemory(0, size);
            left -= size;
        }
    }

    private void Release()
    {
        foreach (var chunk in _chunks)
        {
            Chunks.Return(chunk);
        }

        _chunks.Clear();
    }
}
