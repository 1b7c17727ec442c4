using Microsoft.Extensions.Configuration;

namespace MemberCards.Samples.Quickstart;

/// <summary>
/// The story's own settings (section <c>Quickstart</c>): who the tester is and, against the real WeChat Pay, which
/// brand card to read. With the emulators every value has a working default.
/// </summary>
public sealed class QuickstartSettings
{
    public string TesterOpenId { get; set; } = "o6_bmjrPTlm6_2sgVt7hMZOPfL2M";

    /// <summary>
    /// With the WeChat emulator, a second tester: the user in the browser that opens the member-card page (white-listed too). Another user than
    /// the one who scans the QR code: the host de-duplicates WeChat pushes by FromUserName + CreateTime, so two pick-ups
    /// by one user within the same second would be handled as one.
    /// </summary>
    public string PageVisitorOpenId { get; set; } = "o6_bmjrPTlm6_2sgVt7hMZOPfL2P";

    public string Mobile { get; set; } = "13800001111";

    public string WeChatPayBrandId { get; set; } = "1004";

    public string? WeChatPayCardId { get; set; }

    public string? WeChatPayUserCardCode { get; set; }

    public string IotTopic { get; set; } = "demo-tenant/proj_1080446148159139840/v1-business-customer";

    /// <summary>How long to wait for a push from a real platform (the emulators push at once).</summary>
    public int WaitForEventsSeconds { get; set; } = 300;

    /// <summary>The port the merchant host listens on (0: any free port; set one to receive real pushes through a tunnel).</summary>
    public int ListenPort { get; set; }

    /// <summary>
    /// The token an IoT bridge sends as <c>Authorization: Bearer ...</c> to <c>/iot/events</c>. IoT messages carry no
    /// signature, so the endpoint is mapped only when this is set (keep it in user secrets or the environment).
    /// </summary>
    public string? IotBridgeToken { get; set; }

    public static QuickstartSettings From(IConfiguration configuration)
    {
        var settings = new QuickstartSettings();
        configuration.GetSection("Quickstart").Bind(settings);
        return settings;
    }
}
