namespace MemberCards.Sdk.Core.Tests.Unit;

public sealed class RegistrationsErrorTests
{
    [Fact]
    public void Unknown_name_among_thousands_gives_a_count_and_the_closest_names_in_a_short_message()
    {
        var registrations = new MemberCardsRegistrations();
        for (var i = 0; i < 4_000; i++)
        {
            registrations.Add("WeChatPay", $"brand-{i:D4}");
        }

        var message = Assert.Throws<InvalidOperationException>(() => registrations.Require("WeChatPay", "brand-12345")).Message;

        Assert.True(message.Length < 400, $"{message.Length} characters: {message}");
        Assert.StartsWith("MemberCards:WeChatPay(brand-12345) is not registered (4,000 registered; closest: 'brand-1234', 'brand-1235', 'brand-1245', 'brand-1345', 'brand-2345').", message, StringComparison.Ordinal);
        Assert.EndsWith("with the name \"brand-12345\".", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_closest_names_are_the_same_whatever_the_order_of_registration()
    {
        var forward = new MemberCardsRegistrations();
        var backward = new MemberCardsRegistrations();
        for (var i = 0; i < 100; i++)
        {
            forward.Add("Erp", $"shop{i}");
            backward.Add("Erp", $"shop{99 - i}");
        }

        var one = Assert.Throws<InvalidOperationException>(() => forward.Require("Erp", "shop")).Message;
        var other = Assert.Throws<InvalidOperationException>(() => backward.Require("Erp", "shop")).Message;

        Assert.Equal(one, other);
        Assert.Contains("(100 registered; closest: 'shop0', 'shop1', 'shop2', 'shop3', 'shop4')", one, StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_names_are_all_listed()
    {
        var registrations = new MemberCardsRegistrations();
        registrations.Add("Youzan", string.Empty);
        registrations.Add("Youzan", "b");

        var message = Assert.Throws<InvalidOperationException>(() => registrations.Require("Youzan", "c")).Message;

        Assert.StartsWith("MemberCards:Youzan(c) is not registered (registered: the default, 'b').", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_with_a_source_says_the_source_does_not_know_the_name_and_how_to_add_it()
    {
        var registrations = new MemberCardsRegistrations();
        registrations.Add("WeChatPay", "static");
        registrations.AddSource("WeChatPay");

        var message = Assert.Throws<InvalidOperationException>(() => registrations.Require("WeChatPay", "late")).Message;

        Assert.Equal("MemberCards:WeChatPay(late) is not registered (registered: 'static') and its registration source does not know it. Register it with the WeChatPay package's Add method on AddMemberCards(), with the name \"late\", or add it to the source and invalidate the name.", message);
        Assert.DoesNotContain("source", Assert.Throws<InvalidOperationException>(() => registrations.Require("Erp", "late")).Message, StringComparison.Ordinal);
    }
}
