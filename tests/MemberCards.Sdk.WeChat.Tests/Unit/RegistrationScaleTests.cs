using MemberCards.Sdk.TestScans;

namespace MemberCards.Sdk.WeChat.Tests.Unit;

public sealed class RegistrationScaleTests
{
    // Fails today: the SDK's own scans are gone (issue 23), but each named HttpClient still costs one full scan of the
    // collection inside IServiceCollection.AddHttpClient(name) (its builder looks for one descriptor with Single), and
    // the failure message names it. Unskip when the SDK registers its clients without it.
    [Fact(Skip = "Registration is still O(N) per name inside AddHttpClient(name); see the comment (issue 23)")]
    public void One_more_account_reads_no_more_descriptors_among_1000_than_among_100()
    {
        static void Add(IMemberCardsBuilder builder, string name) => builder.AddWeChatCards(name).Configure(o => o.AppId = name);

        var few = RegistrationScans.PerName(100, Add);
        var many = RegistrationScans.PerName(1_000, Add);

        Assert.True(many.PerName <= (few.PerName * 1.2) + 20, $"per account: {few.PerName} descriptors read among 100, {many.PerName} among 1,000 ({many.Report})");
    }
}
