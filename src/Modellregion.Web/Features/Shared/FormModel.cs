namespace Modellregion.Web.Features.Shared;

/// <summary>
/// What a shared form partial needs: the input and the choices for its lists. A named type rather than a tuple,
/// because field names come from the property path (<c>Input.Title</c>); a tuple's elements are called
/// <c>Item1</c>/<c>Item2</c> at run time, so the fields would be posted as <c>Item1.Title</c> and never bound.
/// </summary>
public sealed record FormModel<TInput, TOptions>(TInput Input, TOptions Options);

public static class FormModel
{
    public static FormModel<TInput, TOptions> Of<TInput, TOptions>(TInput input, TOptions options) => new(input, options);
}
