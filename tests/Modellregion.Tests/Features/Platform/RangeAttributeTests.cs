using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// A <see cref="RangeAttribute"/> with whole-number limits converts the value to <see cref="int"/> before comparing: on a
/// decimal field, a huge number (9223372036854775807) threw an OverflowException in the validation and answered 500
/// instead of the field's message (found by the form fuzzing on the programme rules). Every range on a field that is not
/// an int therefore has limits of the field's kind (or double, which every number converts to without overflow).
/// </summary>
public sealed class RangeAttributeTests
{
    [Fact]
    public void Every_range_compares_in_a_type_the_field_converts_to_without_overflow()
    {
        var wrong = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(p => p.GetCustomAttributes<RangeAttribute>().Select(r => (Property: p, Range: r)))
            .Where(x => x.Range.OperandType == typeof(int) && (Nullable.GetUnderlyingType(x.Property.PropertyType) ?? x.Property.PropertyType) is var type
                && type != typeof(int) && type != typeof(short) && type != typeof(byte))
            .Select(x => $"{x.Property.DeclaringType!.FullName}.{x.Property.Name} ({x.Property.PropertyType.Name}): [Range({x.Range.Minimum}, {x.Range.Maximum})]")
            .ToList();
        Assert.True(wrong.Count == 0, "Bereich mit ganzzahligen Grenzen auf einem anderen Zahlentyp:\n" + string.Join("\n", wrong));

        // The guard itself: the attribute really throws for such a field, and the double limits do not.
        Assert.Throws<OverflowException>(() => new RangeAttribute(0, 100).IsValid(9223372036854775807m));
        Assert.False(new RangeAttribute(0.0, 100.0).IsValid(9223372036854775807m));
    }
}
