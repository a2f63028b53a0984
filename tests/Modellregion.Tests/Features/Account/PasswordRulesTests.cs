using Microsoft.Extensions.DependencyInjection;
using Modellregion.Tests.Infrastructure;
using Modellregion.Web.Data;
using Modellregion.Web.Features.Account;
using Modellregion.Web.Platform;

namespace Modellregion.Tests.Features.Account;

/// <summary>
/// Passwords after the BSI's guidance, checked by the app's own Identity (the same rules for the administrators'
/// pages, the first start and the command line): at least 12 characters and at most 256, no forced character
/// classes, not on the list of common passwords shipped with the app, not containing the account's e-mail address.
/// </summary>
public sealed class PasswordRulesTests(ModellregionApp app) : IClassFixture<ModellregionApp>
{
    [Theory]
    [InlineData("Kurz-2026!x", "mindestens 12 Zeichen")]
    [InlineData("passwort1234", "zu leicht zu erraten")]
    [InlineData("Passwort2024!", "zu leicht zu erraten")]
    [InlineData("Hallo123!!!!", "zu leicht zu erraten")]
    [InlineData("qwertzuiopü1", "zu leicht zu erraten")]
    [InlineData("1234567890ß", "mindestens 12 Zeichen")]
    [InlineData("123456789012", "zu leicht zu erraten")]
    [InlineData("aaaaaaaaaaaaaaaa", "zu leicht zu erraten")]
    [InlineData("abcabcabcabcabc", "zu leicht zu erraten")]
    [InlineData("Sonnenschein2025", "zu leicht zu erraten")]
    [InlineData("iloveyou12345", "zu leicht zu erraten")]
    [InlineData("!!Fussball1990", "zu leicht zu erraten")]
    public async Task Short_and_common_passwords_are_refused_in_German(string password, string message)
    {
        var (outcome, created) = await CreateAsync($"regel-{Guid.NewGuid():N}@test.example", password);

        Assert.Null(created);
        Assert.Contains(message, string.Join(" ", Assert.IsType<Outcome.Invalid>(outcome).Errors["Password"].Select(m => m.ToString())));
    }

    [Fact]
    public async Task A_password_containing_the_e_mail_address_is_refused()
    {
        var name = $"kerstin{Guid.NewGuid():N}"[..14];

        var (outcome, created) = await CreateAsync($"{name}@test.example", $"Mein-{name}-Zugang");

        Assert.Null(created);
        Assert.Contains("E-Mail-Adresse oder den Benutzernamen", string.Join(" ", Assert.IsType<Outcome.Invalid>(outcome).Errors["Password"].Select(m => m.ToString())));
    }

    [Fact]
    public async Task Too_long_passwords_are_refused_and_the_sign_in_form_takes_the_longest_allowed()
    {
        var (outcome, created) = await CreateAsync($"lang-{Guid.NewGuid():N}@test.example", new string('x', 100) + "-" + Guid.NewGuid().ToString("N") + new string('y', 130));

        Assert.Null(created);
        Assert.Contains("höchstens 256 Zeichen", string.Join(" ", Assert.IsType<Outcome.Invalid>(outcome).Errors["Password"].Select(m => m.ToString())));

        var email = $"lang-{Guid.NewGuid():N}@test.example";
        var longest = string.Concat(Enumerable.Repeat("Fahrrad Kaffee Wolke ", 12)) + Guid.NewGuid().ToString("N")[..4];
        Assert.Equal(256, longest.Length);
        Assert.NotNull((await CreateAsync(email, longest)).Created);
        Assert.NotNull(await app.SignInAsync(email, longest));
    }

    [Theory]
    [InlineData("fahrrad kaffee wolke treppe")]
    [InlineData("nurkleinbuchstaben")]
    [InlineData("Test-Passwort-2026")]
    [InlineData("Zwölf Zeiche")]
    public async Task Long_passwords_need_no_particular_characters(string password)
    {
        var (outcome, created) = await CreateAsync($"gut-{Guid.NewGuid():N}@test.example", password);

        Assert.True(created is not null, outcome.ToString());
    }

    [Fact]
    public void Generated_passwords_always_pass_the_list()
    {
        for (var i = 0; i < 500; i++)
        {
            var password = DatabaseSetup.GeneratePassword();
            Assert.InRange(password.Length, PasswordRules.MinLength, PasswordRules.MaxLength);
            Assert.False(PasswordRules.IsCommon(password), password);
        }
    }

    private async Task<(Outcome Outcome, ManageUsers.Created? Created)> CreateAsync(string email, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ManageUsers>().CreateAsync(new NewUserInput { Email = email, DisplayName = "Regeltest" }, password);
    }
}
