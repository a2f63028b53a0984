using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using Modellregion.Web.Platform.Localization;

namespace Modellregion.Web.Platform.Forms;

/// <summary>
/// A form field in KERN UX markup: label (with "optional" for fields that are not required), hint, control
/// and its error message, wired with aria-describedby and aria-invalid. Label, hint and empty option are
/// keys of the texts of the model's feature (<see cref="TextsOf"/>); the display name comes already translated from the model metadata.
/// <code>&lt;kern-field for="Input.Title" hint="…" /&gt;</code>
/// </summary>
[HtmlTargetElement("kern-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class KernFieldTagHelper(IStringLocalizerFactory factory) : TagHelper
{
    private IStringLocalizer _localizer = null!;

    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>text (default), textarea, date, number, money, email, password, select, checkbox, checkboxes.</summary>
    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    [HtmlAttributeName("empty-option")]
    public string? EmptyOption { get; set; }

    /// <summary>The item texts are interface labels (stages, types, roles), not data, and are translated.</summary>
    [HtmlAttributeName("localize-items")]
    public bool LocalizeItems { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    /// <summary>An endpoint that suggests values while typing (enhancement only; the field works without it).</summary>
    [HtmlAttributeName("suggest")]
    public string? Suggest { get; set; }

    /// <summary>Marks a field as required when the model cannot (it is required only in some cases, e.g. the reason of an amendment).</summary>
    [HtmlAttributeName("required")]
    public bool Required { get; set; }

    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 6;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        // Inside a partial rendered with <partial for="…">, field names carry the partial's prefix.
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var metadata = For.Metadata;
        _localizer = TextsOf.Localizer(metadata.ContainerType ?? ViewContext.ViewData.Model?.GetType(), factory);
        var type = Type ?? InferType(metadata.ModelType);
        var label = Label is not null ? _localizer[Label].Value : metadata.DisplayName ?? metadata.PropertyName ?? name;
        var required = Required || metadata.ValidatorMetadata.OfType<RequiredAttribute>().Any();
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        var hintId = Hint is null ? null : id + "-hint";
        var errorId = errors.Count == 0 ? null : id + "-error";
        var describedBy = string.Join(' ', new[] { hintId, errorId }.Where(x => x is not null));
        var attempted = entry?.AttemptedValue;

        output.TagName = type is "checkboxes" ? "fieldset" : "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", type switch
        {
            "checkbox" => "kern-form-check" + (errors.Count > 0 ? " kern-form-check--error" : ""),
            "checkboxes" => "kern-fieldset" + (errors.Count > 0 ? " kern-fieldset--error" : ""),
            _ => "kern-form-input",
        });

        var html = output.Content;
        if (type == "checkbox")
        {
            var isChecked = For.Model is true;
            html.AppendHtml($"<input class=\"kern-form-check__checkbox\" type=\"checkbox\" id=\"{id}\" name=\"{name}\" value=\"true\"{(isChecked ? " checked" : "")}{Described(describedBy)}>");
            html.AppendHtml($"<label class=\"kern-label\" for=\"{id}\">{Encode(label)}</label>");
            html.AppendHtml($"<input type=\"hidden\" name=\"{name}\" value=\"false\">");
            AppendHint(html, hintId);
            AppendErrors(html, errorId, errors);
            return;
        }

        if (type == "checkboxes")
        {
            var selected = (For.Model as System.Collections.IEnumerable)?.Cast<object>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)).ToHashSet() ?? [];
            html.AppendHtml($"<legend class=\"kern-label\">{Encode(label)}{(required ? "" : Optional())}</legend>");
            AppendHint(html, hintId);
            AppendErrors(html, errorId, errors);
            html.AppendHtml("<div class=\"kern-fieldset__body\">");
            var index = 0;
            foreach (var item in Items ?? [])
            {
                var itemId = $"{id}_{index++}";
                html.AppendHtml($"<div class=\"kern-form-check\"><input class=\"kern-form-check__checkbox\" type=\"checkbox\" id=\"{itemId}\" name=\"{name}\" value=\"{Encode(item.Value)}\"{(selected.Contains(item.Value) || item.Selected ? " checked" : "")}>");
                html.AppendHtml($"<label class=\"kern-label\" for=\"{itemId}\">{Encode(ItemText(item))}</label></div>");
            }

            html.AppendHtml("</div>");
            return;
        }

        html.AppendHtml($"<label class=\"kern-label\" for=\"{id}\">{Encode(label)}{(required ? "" : Optional())}</label>");
        AppendHint(html, hintId);
        var invalid = errors.Count > 0 ? " aria-invalid=\"true\"" : "";
        var errorClass = errors.Count > 0 ? " kern-form-input__input--error" : "";
        var value = attempted ?? Format(For.Model, type);
        var autocomplete = (Autocomplete is null ? "" : $" autocomplete=\"{Autocomplete}\"") + (Suggest is null ? "" : $" data-suggest=\"{Encode(Suggest)}\"");
        var requiredAttribute = required ? " aria-required=\"true\"" : "";
        switch (type)
        {
            case "textarea":
                html.AppendHtml($"<textarea class=\"kern-form-input__input{errorClass}\" id=\"{id}\" name=\"{name}\" rows=\"{Rows}\"{MaxLength(metadata)}{requiredAttribute}{invalid}{Described(describedBy)}>{Encode(value)}</textarea>");
                break;
            case "select":
                html.AppendHtml($"<div class=\"kern-form-input__select-wrapper\"><select class=\"kern-form-input__select{(errors.Count > 0 ? " kern-form-input__select--error" : "")}\" id=\"{id}\" name=\"{name}\"{requiredAttribute}{invalid}{Described(describedBy)}>");
                if (EmptyOption is not null)
                {
                    html.AppendHtml($"<option value=\"\">{Encode(_localizer[EmptyOption].Value)}</option>");
                }

                foreach (var item in Items ?? [])
                {
                    var isSelected = item.Value == value || (value.Length == 0 && item.Selected);
                    html.AppendHtml($"<option value=\"{Encode(item.Value)}\"{(isSelected ? " selected" : "")}>{Encode(ItemText(item))}</option>");
                }

                html.AppendHtml("</select></div>");
                break;
            default:
                var (inputType, inputMode) = type switch
                {
                    "date" => ("date", null),
                    "number" => ("text", "numeric"),
                    "money" => ("text", "decimal"),
                    "email" => ("email", null),
                    "password" => ("password", null),
                    "url" => ("url", null),
                    _ => ("text", null),
                };
                var mode = inputMode is null ? "" : $" inputmode=\"{inputMode}\"";
                html.AppendHtml($"<input class=\"kern-form-input__input{errorClass}\" type=\"{inputType}\" id=\"{id}\" name=\"{name}\" value=\"{Encode(type == "password" ? "" : value)}\"{mode}{autocomplete}{MaxLength(metadata)}{requiredAttribute}{invalid}{Described(describedBy)}>");
                break;
        }

        AppendErrors(html, errorId, errors);
    }

    private string ItemText(SelectListItem item) => LocalizeItems ? _localizer[item.Text].Value : item.Text;

    private string Optional() => $" <span class=\"kern-label__optional\">– {Encode(_localizer["optional"].Value)}</span>";

    private void AppendHint(TagHelperContent html, string? hintId)
    {
        if (Hint is not null)
        {
            html.AppendHtml($"<div class=\"kern-hint\" id=\"{hintId}\">{Encode(_localizer[Hint].Value)}</div>");
        }
    }

    private static void AppendErrors(TagHelperContent html, string? errorId, List<string> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        html.AppendHtml($"<p class=\"kern-error\" id=\"{errorId}\" role=\"alert\"><span class=\"kern-icon kern-icon--danger kern-icon--small\" aria-hidden=\"true\"></span><span class=\"kern-body\">{Encode(string.Join(" ", errors))}</span></p>");
    }

    private static string Described(string describedBy) => describedBy.Length == 0 ? "" : $" aria-describedby=\"{describedBy}\"";

    private static string MaxLength(Microsoft.AspNetCore.Mvc.ModelBinding.ModelMetadata metadata)
    {
        var length = metadata.ValidatorMetadata.OfType<StringLengthAttribute>().FirstOrDefault()?.MaximumLength;
        return length is null ? "" : $" maxlength=\"{length}\"";
    }

    private static string InferType(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying == typeof(bool) ? "checkbox"
            : underlying == typeof(DateOnly) ? "date"
            : underlying == typeof(decimal) ? "money"
            : underlying == typeof(int) ? "number"
            : "text";
    }

    private static string Format(object? value, string type) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal amount => amount.ToString("0.##", CultureInfo.CurrentCulture),
        Enum e => Convert.ToInt32(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString() ?? "",
    };

    private static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");
}
