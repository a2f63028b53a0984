using Modellregion.Web.Features.Events;

namespace Modellregion.Tests.Features.Events;

/// <summary>The states of a registration and the offer time, without a database.</summary>
public sealed class RegistrationStateTests
{
    private static readonly DateTime Now = new(2030, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_place_is_held_only_while_confirmed_or_offered()
    {
        var registration = new Registration { Status = RegistrationStatus.Unconfirmed };
        registration.ConfirmAddress(placeTaken: false, Now);
        Assert.Equal(RegistrationStatus.Waiting, registration.Status);
        Assert.False(registration.HoldsPlace);

        registration.Offer(Now, Now.AddHours(48));
        Assert.True(registration.HoldsPlace);
        Assert.Throws<InvalidOperationException>(() => registration.ExpireOffer(Now.AddHours(47)));
        registration.AcceptOffer(Now.AddHours(47));
        Assert.Equal(RegistrationStatus.Confirmed, registration.Status);

        registration.CheckIn(Now.AddDays(3));
        Assert.Throws<InvalidOperationException>(() => registration.CheckIn(Now.AddDays(3)));
        Assert.Throws<InvalidOperationException>(() => registration.Cancel(Now.AddDays(3)));
    }

    [Fact]
    public void An_offer_cannot_be_taken_after_it_expired_and_a_cancelled_registration_cannot_be_cancelled_again()
    {
        var registration = new Registration { Status = RegistrationStatus.Waiting };
        registration.Offer(Now, Now.AddHours(1));
        Assert.Throws<InvalidOperationException>(() => registration.AcceptOffer(Now.AddHours(1)));
        Assert.True(registration.ExpireOffer(Now.AddHours(1)));

        var confirmed = new Registration { Status = RegistrationStatus.Unconfirmed };
        confirmed.ConfirmAddress(placeTaken: true, Now);
        Assert.True(confirmed.Cancel(Now));
        Assert.Throws<InvalidOperationException>(() => confirmed.Cancel(Now));
        Assert.False(new Registration { Status = RegistrationStatus.Waiting }.Cancel(Now));
    }

    [Fact]
    public void Near_the_event_an_offer_holds_the_place_for_half_the_time_left_but_at_least_an_hour()
    {
        var item = new Event { Slug = "x", Title = "x", StartsAt = Now.AddDays(10), EndsAt = Now.AddDays(10).AddHours(4), OfferHours = 48 };
        Assert.Equal(TimeSpan.FromHours(48), item.OfferTime(Now));

        item.RegistrationClosesAt = Now.AddHours(20);
        Assert.Equal(TimeSpan.FromHours(10), item.OfferTime(Now));

        item.RegistrationClosesAt = Now.AddMinutes(30);
        Assert.Equal(TimeSpan.FromHours(1), item.OfferTime(Now));
    }

    [Fact]
    public void Anonymising_keeps_status_and_times_but_no_personal_data()
    {
        var registration = new Registration { Status = RegistrationStatus.Confirmed, Name = "Erika", Email = "e@example.org", EmailKey = "e@example.org", AccessibilityNeeds = "Rollstuhl", ConfirmedAt = Now };
        registration.Anonymise(Now.AddDays(90));
        Assert.Equal((RegistrationStatus.Confirmed, (DateTime?)Now), (registration.Status, registration.ConfirmedAt));
        Assert.All(new[] { registration.Name, registration.Email, registration.EmailKey, registration.AccessibilityNeeds, registration.ManageTokenHash }, Assert.Null);
    }
}
