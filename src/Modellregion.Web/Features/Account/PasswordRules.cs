using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace Modellregion.Web.Features.Account;

/// <summary>
/// The password rules after the BSI's guidance (IT-Grundschutz ORP.4): length over composition. Identity's own
/// validator checks the minimum length (<see cref="MinLength"/>, no forced character classes); this one refuses
/// passwords longer than <see cref="MaxLength"/>, passwords on the list of common passwords shipped with the app
/// (Passwords/common-passwords.txt, also with digits and symbols around a common word), passwords made of one short
/// piece repeated or of digits or letters counting up or down, and passwords that contain the account's e-mail address or user name.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<ApplicationUser>
{
    public const int MinLength = 12;
    public const int MaxLength = 256;

    /// <summary>The shortest core (without digits and symbols around it) that is looked up in the list.</summary>
    private const int MinCoreLength = 4;

    private static readonly Lazy<FrozenSet<string>> Common = new(LoadCommon);

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        if (password.Length > MaxLength)
        {
            errors.Add(Error("PasswordTooLong", "Passwords.TooLong", MaxLength));
        }
        else if (IsCommon(password))
        {
            errors.Add(Error("PasswordTooCommon", "Passwords.TooCommon"));
        }

        if (ContainsAccountName(password, user))
        {
            errors.Add(Error("PasswordContainsUserName", "Passwords.ContainsUserName"));
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    /// <summary>Whether the password is on the list (as a whole or by its core), or one short piece repeated.</summary>
    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (Common.Value.Contains(lower) || IsRepetition(lower) || IsSequence(lower))
        {
            return true;
        }

        var core = lower.Trim(" 0123456789!\"§$%&/()=?`´^°*+~#'-_.:,;<>|@€[]{}\\".ToCharArray());
        return core.Length >= MinCoreLength && (Common.Value.Contains(core) || IsRepetition(core));
    }

    /// <summary>"aaaaaaaaaaaa", "abcabcabcabc", "121212121212": one piece of at most four characters repeated.</summary>
    private static bool IsRepetition(string value)
    {
        for (var unit = 1; unit <= 4 && unit * 2 <= value.Length; unit++)
        {
            if (value.Length % unit == 0 && value.AsSpan(unit).SequenceEqual(value.AsSpan(0, value.Length - unit)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"123456789012", "987654321098", "abcdefghijkl": digits or letters counting up or down by one.</summary>
    private static bool IsSequence(string value)
    {
        if (value.All(char.IsAsciiDigit))
        {
            return Steps(value, (a, b) => (b - a + 10) % 10);
        }

        return value.All(char.IsAsciiLetterLower) && Steps(value, (a, b) => b - a);

        static bool Steps(string value, Func<char, char, int> step)
        {
            var first = step(value[0], value[1]);
            if (first is not (1 or -1 or 9))
            {
                return false;
            }

            for (var i = 2; i < value.Length; i++)
            {
                if (step(value[i - 1], value[i]) != first)
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static bool ContainsAccountName(string password, ApplicationUser user)
    {
        var lower = password.ToLowerInvariant();
        foreach (var name in new[] { user.Email, user.UserName })
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var value = name.Trim().ToLowerInvariant();
            var local = value.Split('@')[0];
            if (lower.Contains(value, StringComparison.Ordinal) || (local.Length >= 3 && lower.Contains(local, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static IdentityError Error(string code, string key, params object?[] arguments) =>
        new() { Code = code, Description = AccountTexts.Of(key, arguments).ToString() };

    private static FrozenSet<string> LoadCommon()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("Modellregion.Web.Features.Account.Passwords.common-passwords.txt")
            ?? throw new InvalidOperationException("Die Liste häufiger Passwörter fehlt in der App (Features/Account/Passwords).");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
