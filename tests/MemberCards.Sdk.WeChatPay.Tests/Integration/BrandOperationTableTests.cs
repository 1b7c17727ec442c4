using System.Text.RegularExpressions;
using MemberCards.Sdk.WeChatPay.Tests.Support;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>
/// Issue 21: the operations a brand registration cannot call (the brand-direct pages document no such operation) throw
/// <see cref="NotSupportedException"/> naming the operation and the setting, and send nothing; the table of every
/// operation in docs/wechatpay.md lists each facade method once and marks exactly those as "not documented for brands".
/// </summary>
public sealed partial class BrandOperationTableTests
{
    private const string CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0";
    private const string OpenId = "obLatjnx9gnqzS4myYGmLZ7LgLBA";
    private static readonly DateTimeOffset Begin = new(2026, 2, 1, 0, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The facade methods a brand registration refuses.</summary>
    private static readonly string[] Refused =
    [
        nameof(IWeChatPayBrandCardClient.DeleteCardTemplateAsync),
        nameof(IWeChatPayBrandCardClient.ImportUserCardByPhoneAsync),
        nameof(IWeChatPayBrandCardClient.CreatePayViewTokenAsync),
        nameof(IWeChatPayBrandCardClient.CreateMembershipActivityAsync),
        nameof(IWeChatPayBrandCardClient.ListMembershipActivitiesAsync),
        nameof(IWeChatPayBrandCardClient.GetMembershipActivityAsync),
        nameof(IWeChatPayBrandCardClient.UpdateMembershipActivityAsync),
        nameof(IWeChatPayBrandCardClient.TerminateMembershipActivityAsync),
    ];

    /// <summary><see cref="Refused"/> as theory data.</summary>
    public static TheoryData<string> NotDocumentedForBrands => new(Refused);

    /// <summary>A valid call of <paramref name="operation"/> (it passes the request's own checks).</summary>
    private static Task Call(IWeChatPayBrandCardClient client, string operation) => operation switch
    {
        nameof(IWeChatPayBrandCardClient.DeleteCardTemplateAsync) => client.DeleteCardTemplateAsync(new DeleteCardTemplateRequest { BrandId = "1004", CardId = CardId }),
        nameof(IWeChatPayBrandCardClient.ImportUserCardByPhoneAsync) => client.ImportUserCardByPhoneAsync(new ImportUserCardByPhoneRequest { UserCardCode = "900000000020", BrandId = "1004", CardId = CardId, PhoneNumber = SensitiveText.FromPlaintext("13900139000") }),
        nameof(IWeChatPayBrandCardClient.CreatePayViewTokenAsync) => client.CreatePayViewTokenAsync(new CreateMemberTokenRequest { BrandId = "1004", CardId = CardId, OpenId = OpenId }),
        nameof(IWeChatPayBrandCardClient.CreateMembershipActivityAsync) => client.CreateMembershipActivityAsync(new CreateMembershipActivityRequest
        {
            BrandId = "1004",
            CardId = CardId,
            Title = "入会享券",
            SubTitle = "5张满减券",
            BeginTime = Begin,
            EndTime = Begin.AddDays(28),
            ApplyTotal = 1000,
            ProductCouponStockList = [new ProductCouponStock { ProductCouponId = "1000000013", StockId = "98065001" }],
        }),
        nameof(IWeChatPayBrandCardClient.ListMembershipActivitiesAsync) => client.ListMembershipActivitiesAsync(new ListMembershipActivitiesRequest { BrandId = "1004" }),
        nameof(IWeChatPayBrandCardClient.GetMembershipActivityAsync) => client.GetMembershipActivityAsync(new GetMembershipActivityRequest { BrandId = "1004", ActivityId = "act-1" }),
        nameof(IWeChatPayBrandCardClient.UpdateMembershipActivityAsync) => client.UpdateMembershipActivityAsync(new UpdateMembershipActivityRequest { ActivityId = "act-1", BrandId = "1004", Title = "入会礼", SubTitle = "3张券", BeginTime = Begin, EndTime = Begin.AddDays(7) }),
        nameof(IWeChatPayBrandCardClient.TerminateMembershipActivityAsync) => client.TerminateMembershipActivityAsync(new TerminateMembershipActivityRequest { ActivityId = "act-1", BrandId = "1004" }),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    [Theory]
    [MemberData(nameof(NotDocumentedForBrands))]
    public async Task An_operation_the_brand_pages_do_not_document_throws_naming_it_and_sends_nothing(string operation)
    {
        await using var harness = await BrandFamilyTests.BrandAsync();

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => Call(harness.Client, operation));

        Assert.StartsWith($"{operation} is not available to a brand registration (WeChatPayOptions.Family = Brand)", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Emulator.Host.Requests);
    }

    [Theory]
    [MemberData(nameof(NotDocumentedForBrands))]
    public async Task A_partner_registration_sends_the_same_call(string operation)
    {
        await using var harness = await Harness.PublicKeyModeAsync();
        harness.Emulator.ImportByPhoneLive = true;

        try
        {
            await Call(harness.Client, operation);
        }
        catch (WeChatPayApiException)
        {
            // A 404 for an activity or template the emulator does not hold still shows the call was sent.
        }

        Assert.Contains(harness.Emulator.Host.Requests, r => r.Path.StartsWith("/v3/brand/partner/card-member/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_docs_table_lists_every_facade_method_once_and_marks_exactly_the_refused_ones_not_documented_for_brands()
    {
        var rows = OperationRows(File.ReadAllLines(DocsPath()));

        Assert.Equal(
            typeof(IWeChatPayBrandCardClient).GetMethods().Select(m => m.Name).Order(StringComparer.Ordinal),
            rows.Select(r => r.Method).Order(StringComparer.Ordinal));
        Assert.Equal(
            Refused.Order(StringComparer.Ordinal),
            rows.Where(r => r.Brand == "not documented for brands").Select(r => r.Method).Order(StringComparer.Ordinal));
    }

    /// <summary>The rows of the table under "| facade method |": the method and its brand-path column.</summary>
    private static List<(string Method, string Brand)> OperationRows(string[] lines)
    {
        var start = Array.FindIndex(lines, l => l.StartsWith("| facade method |", StringComparison.Ordinal));
        Assert.True(start >= 0, "docs/wechatpay.md has no table headed '| facade method |'.");
        return [.. lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|')).Select(l => Row().Match(l)).Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim()))];
    }

    private static string DocsPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MemberCards.Sdk.sln")))
            {
                return Path.Combine(directory.FullName, "docs", "wechatpay.md");
            }
        }

        throw new InvalidOperationException($"No checkout (MemberCards.Sdk.sln) holds the tests' output folder {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^\| `(\w+Async)` \| .* \| ([^|]*) \|$")]
    private static partial Regex Row();
}
