using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MemberCards.Sdk.Testing.Tests.Integration;

/// <summary>Small routes the host tests run behind the emulator host.</summary>
internal static class EchoRoutes
{
    public const string Json = "{\"errcode\":0,\"errmsg\":\"ok\",\"card_id\":\"pFS7Fjg8kV1IdDz01r4SQwMkuCKc\",\"title\":\"会员卡\"}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/ok", (RequestDelegate)(ctx => WriteJsonAsync(ctx, Json)));
        app.MapGet("/other", (RequestDelegate)(ctx => WriteJsonAsync(ctx, "{\"route\":\"other\"}")));
        app.MapPost("/echo", Echo);
        app.MapPost("/v3/{**rest}", Echo);
    }

    private static readonly RequestDelegate Echo = async ctx =>
        {
            using var reader = new StreamReader(ctx.Request.Body);
            var body = await reader.ReadToEndAsync(ctx.RequestAborted);
            await WriteJsonAsync(ctx, "{\"length\":" + body.Length + "}");
        };

    private static Task WriteJsonAsync(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(json, context.RequestAborted);
    }
}
