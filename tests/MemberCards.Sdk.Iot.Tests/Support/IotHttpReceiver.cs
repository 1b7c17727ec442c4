using System.Net;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.Iot;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MemberCards.Sdk.Iot.Tests.Support;

/// <summary>
/// The host side of an MQTT-to-HTTP bridge, as docs/iot.md shows it: reads the topic header and the raw body and
/// feeds them to the dispatcher; 400 for malformed input (do not redeliver), 500 when a handler failed (redeliver).
/// </summary>
internal static class IotHttpReceiver
{
    internal const string Path = "/iot/events";

    internal static Task<EmulatorHost> StartAsync(IIotEventDispatcher dispatcher)
        => EmulatorHost.StartAsync(routes => routes.MapPost(Path, (RequestDelegate)(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            var topic = context.Request.Headers[IotHttpPublisher.TopicHeader].ToString();
            try
            {
                var result = await dispatcher.DispatchAsync(topic, body.GetBuffer().AsMemory(0, (int)body.Length), context.RequestAborted);
                context.Response.StatusCode = (int)HttpStatusCode.OK;
                await context.Response.WriteAsync(result.Outcome.ToString(), context.RequestAborted);
            }
            catch (MemberCardsFormatException)
            {
                context.Response.StatusCode = (int)HttpStatusCode.BadRequest;
            }
            catch (InvalidOperationException)
            {
                context.Response.StatusCode = (int)HttpStatusCode.InternalServerError;
            }
        })));
}
