namespace MemberCards.Sdk.WeChatPay;

/// <summary>The fields of a WeChat Pay error body: <c>{"code":..,"message":..,"detail":{..}}</c>.</summary>
internal readonly record struct ErrorBody(string? Code, string? Message, string? Detail);
