using MemberCards.Sdk.Testing.Erp;
using MemberCards.Sdk.Testing.WeChat;
using MemberCards.Sdk.Testing.WeChatPay;

namespace MemberCards.Sdk.Testing;

/// <summary>How an <see cref="EmulatorSuite"/> starts: the port and each emulator's own options.</summary>
public sealed class EmulatorSuiteOptions
{
    /// <summary>The port on 127.0.0.1; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The WeChat emulator's options (register the Official Accounts it accepts in <see cref="WeChatEmulatorOptions.Apps"/>).</summary>
    public WeChatEmulatorOptions WeChat { get; set; } = new();

    /// <summary>The WeChat Pay emulator's options; keys not given are generated at start.</summary>
    public WeChatPayEmulatorOptions WeChatPay { get; set; } = new();

    /// <summary>The ERP emulator's options.</summary>
    public ErpEmulatorOptions Erp { get; set; } = new();

    /// <summary>Where the control endpoints deliver WeChat Pay notifications and Youzan pushes.</summary>
    public EmulatorCallbacks Callbacks { get; set; } = new();
}
