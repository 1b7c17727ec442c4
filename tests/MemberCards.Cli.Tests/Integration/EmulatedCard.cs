using MemberCards.Sdk;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.WeChat.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Cli.Tests.Integration;

/// <summary>
/// <c>membercards emulate</c> running with its WeChat pushes going to a local receiver, a host registered from the
/// <c>appsettings.emulator.json</c> it wrote, and a member card that host created with one white-listed tester.
/// </summary>
internal sealed class EmulatedCard : IAsyncDisposable
{
    private readonly DirectoryInfo folder;
    private readonly ServiceProvider provider;

    private EmulatedCard(EmulatorHost receiver, DirectoryInfo folder, RunningCli cli, ServiceProvider provider)
    {
        Receiver = receiver;
        this.folder = folder;
        Cli = cli;
        this.provider = provider;
        Emulator = new Uri(cli.Value("WeChat:BaseAddress"));
        WeChat = provider.GetRequiredService<IWeChatCardClient>();
    }

    /// <summary>The host's WeChat push endpoint (<c>POST /wechat</c>, answers <c>success</c>).</summary>
    public EmulatorHost Receiver { get; }

    public RunningCli Cli { get; }

    /// <summary>The emulator's WeChat base address.</summary>
    public Uri Emulator { get; }

    public IWeChatCardClient WeChat { get; }

    public string CardId { get; private set; } = string.Empty;

    /// <summary>Starts it all; <paramref name="tester"/> is white-listed for the new card.</summary>
    public static async Task<EmulatedCard> StartAsync(string folderPrefix, string tester)
    {
        var receiver = await EmulatorHost.StartAsync(app => app.MapPost("/wechat", (HttpContext context) => context.Response.WriteAsync("success")));
        var folder = Directory.CreateTempSubdirectory(folderPrefix);
        var cli = RunningCli.Start("emulate", "--port", "0", "--out", folder.FullName, "--wechat-callback", new Uri(receiver.BaseAddress, "wechat").ToString());
        await cli.WaitForOutputAsync("Listening on ");
        var services = new ServiceCollection();
        services.AddMemberCards(new ConfigurationBuilder().AddJsonFile(Path.Combine(folder.FullName, "appsettings.emulator.json")).Build().GetSection("MemberCards")).AddWeChatCards();
        var card = new EmulatedCard(receiver, folder, cli, services.BuildServiceProvider());
        card.CardId = (await card.WeChat.CreateMemberCardAsync(new WeChatCreateMemberCardRequest { MemberCard = SampleCards.Valid() })).CardId!;
        await card.WeChat.SetTestWhiteListAsync(new WeChatSetTestWhiteListRequest { OpenIds = [tester] });
        return card;
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await Cli.DisposeAsync();
        folder.Delete(recursive: true);
        await Receiver.DisposeAsync();
    }
}
