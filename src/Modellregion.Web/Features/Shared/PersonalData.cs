using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Features.Shared;

/// <summary>One value stored about a person, with its label (in the texts of the feature that stores it).</summary>
public sealed record PersonalDataField(Message Label, string? Value);

/// <summary>One record about a person (an account, a registration, an expression of interest …) as the feature stores it.</summary>
public sealed record PersonalDataRecord(Message Kind, string Title, IReadOnlyList<PersonalDataField> Fields, string? Href = null);

/// <summary>
/// What one feature erased for a person, and what it does once the erasure is committed (e.g. offer a freed place);
/// or why it cannot erase yet (<see cref="Refusal"/>: nothing is erased anywhere, the office sees the message).
/// </summary>
public sealed record PersonalDataErasure(int Count, Func<CancellationToken, Task>? AfterCommit = null, Message? Refusal = null)
{
    public static readonly PersonalDataErasure None = new(0);

    public static PersonalDataErasure Refused(Message reason) => new(0, null, reason);
}

/// <summary>
/// Where a feature keeps data about a person, found by e-mail address: for access (Art. 15 GDPR, as a download) and
/// erasure on request (Art. 17 GDPR) across the whole installation (<c>/verwaltung/datenschutz/auskunft</c>).
/// Registered in the feature's <c>XxxFeature.AddServices</c> as
/// <c>services.AddScoped&lt;IPersonalDataSource, XxxPersonalData&gt;()</c>; the privacy pages know no feature.
/// A source neither checks authorization nor opens a transaction: the privacy use case does both, for all sources at once.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>Position of the source on the page and in the download.</summary>
    int Order { get; }

    /// <summary>The heading of the source ("Veranstaltungen", "Transfer", "Konten").</summary>
    Message Area { get; }

    /// <summary>Every record stored for the address; <paramref name="emailKey"/> is trimmed and in lower case.</summary>
    Task<IReadOnlyList<PersonalDataRecord>> FindAsync(string emailKey, CancellationToken cancellationToken);

    /// <summary>Erases or anonymises every record of the address; the caller saves and commits.</summary>
    Task<PersonalDataErasure> EraseAsync(string emailKey, CancellationToken cancellationToken);
}

/// <summary>
/// One processing activity of the register (Verzeichnis von Verarbeitungstätigkeiten, Art. 30 GDPR), contributed by
/// the feature that processes the data: <c>services.AddSingleton(new ProcessingActivity(…))</c> in its
/// <c>XxxFeature.cs</c>. Every text is a key of the feature's texts.
/// </summary>
public sealed record ProcessingActivity(
    int Order,
    Message Name,
    Message Purpose,
    Message LegalBasis,
    Message DataSubjects,
    Message DataCategories,
    Message Recipients,
    Message Retention,
    string Where);
