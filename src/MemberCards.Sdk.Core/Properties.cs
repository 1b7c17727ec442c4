using System.Runtime.CompilerServices;

// The client packages of the same release share Core's internal machinery: the inbound core, the outgoing
// pipeline (MemberCardsOutgoing, MemberCardsHttp, MemberCardsRefit, the error mappers), option registration and
// telemetry instruments.
[assembly: InternalsVisibleTo("MemberCards.Sdk.WeChat")]
[assembly: InternalsVisibleTo("MemberCards.Sdk.WeChatPay")]
[assembly: InternalsVisibleTo("MemberCards.Sdk.Youzan")]
[assembly: InternalsVisibleTo("MemberCards.Sdk.Erp")]
[assembly: InternalsVisibleTo("MemberCards.Sdk.Iot")]
[assembly: InternalsVisibleTo("MemberCards.Sdk.Iot.Mqtt")]
[assembly: InternalsVisibleTo("MemberCards.Sdk.Testing")]
[assembly: InternalsVisibleTo("MemberCards.Sdk.AspNetCore")]
