using MemberCards.Sdk;
using Microsoft.Extensions.DependencyInjection;
using PackageSmoke;

// Consumes the SDK from its packages: register with AddMemberCards(), make one real HTTP call to an emulator.
await using var emulator = await SmokeCall.StartEmulatorAsync();

var services = new ServiceCollection();
// UseRedis (from the MemberCards.Sdk.Redis package) registers without connecting; the ERP call needs no claim or lock.
SmokeCall.Register(services.AddMemberCards().UseRedis(Environment.GetEnvironmentVariable("MEMBERCARDS_REDIS") ?? "127.0.0.1:6379"), emulator);
services.AddLogging();
services.AddMemberCards().AddIotEvents().AddMqttSubscription(o => o.ClientId = "package-smoke"); // MemberCards.Sdk.Iot.Mqtt resolves from its package
await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

var answer = await SmokeCall.CallAsync(provider);
var seen = SmokeCall.RequestsSeen(emulator);
Console.WriteLine($"answer: {answer}");
Console.WriteLine($"emulator saw: {string.Join(", ", seen)}");

if (answer != SmokeCall.Expected || seen.Count != 1)
{
    Console.Error.WriteLine($"package smoke: FAILED (expected '{SmokeCall.Expected}' from exactly one request)");
    return 1;
}

Console.WriteLine("package smoke: OK");
return 0;
