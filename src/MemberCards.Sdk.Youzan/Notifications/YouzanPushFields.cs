namespace MemberCards.Sdk.Youzan;

/// <summary>A push envelope as <see cref="YouzanPushParser"/> reads it, field by field, before it becomes the immutable <see cref="YouzanPush"/>.</summary>
internal sealed class YouzanPushFields
{
    // Fields, not properties: this is the parser's scratch state, one slot per envelope field.
    public string? Type, Status, Id, KdtName, ClientId, AppId, MessageId, Sign, Message;
    public long? KdtId, RootKdtId, Version;
    public int? Mode, SendCount;
    public bool Test, MessageIsObject;

    /// <summary>The envelope read.</summary>
    public YouzanPush ToPush() => new()
    {
        Type = Type,
        Status = Status,
        Id = Id,
        KdtId = KdtId,
        KdtName = KdtName,
        RootKdtId = RootKdtId,
        ClientId = ClientId,
        AppId = AppId,
        Mode = Mode,
        IsTest = Test,
        SendCount = SendCount,
        Version = Version,
        MessageId = MessageId,
        Sign = Sign,
        RawMessage = Message,
        MessageIsObject = MessageIsObject,
    };
}
