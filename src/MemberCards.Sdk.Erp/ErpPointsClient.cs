using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MemberCards.Sdk.Erp.Serialization;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.Erp;

/// <summary>
/// The ERP points client over one <see cref="HttpClient"/>: validate, send once with the per-call timeout, and
/// map the answer to a member or a typed exception. Authentication lives in the handlers the host adds.
/// </summary>
internal sealed class ErpPointsClient(HttpClient httpClient, ErpPointsOptions options, TimeProvider timeProvider, ILogger logger) : IErpPointsClient
{
    internal const string Operation = "POST /user/memberPoints";
    private static readonly MediaTypeHeaderValue JsonContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    public async Task<ErpMember> ChangeMemberPointsAsync(MemberPointsChangeRequest request, CancellationToken cancellationToken = default)
    {
        MemberPointsChangeRequestValidator.ThrowIfInvalid(request);
        cancellationToken.ThrowIfCancellationRequested();
        var endpoint = Endpoint(options.BaseAddress ?? throw new InvalidOperationException("ErpPointsOptions.BaseAddress is not set."));
        var mobile = Redaction.Phone(request.Mobile);

        using var activity = MemberCardsTelemetry.ActivitySource.StartActivity("Erp memberPoints", ActivityKind.Client);
        var started = timeProvider.GetTimestamp();
        var outcome = "error";
        try
        {
            var member = await SendAsync(request, endpoint, mobile, cancellationToken).ConfigureAwait(false);
            outcome = "success";
            return member;
        }
        catch (MemberCardsOutcomeUnknownException)
        {
            outcome = "unknown";
            throw;
        }
        catch (OperationCanceledException)
        {
            outcome = "canceled";
            throw;
        }
        finally
        {
            activity?.SetTag("membercards.outcome", outcome);
            MemberCardsTelemetry.RequestDuration.Record(
                timeProvider.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("service", ErpAnswerReader.Service),
                new KeyValuePair<string, object?>("operation", "memberPoints"),
                new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    internal static Uri Endpoint(Uri baseAddress)
    {
        var text = baseAddress.AbsoluteUri;
        return new Uri(text.EndsWith('/') ? text + "user/memberPoints" : text + "/user/memberPoints");
    }

    private async Task<ErpMember> SendAsync(MemberPointsChangeRequest request, Uri endpoint, string mobile, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(request, ErpJson.Request);
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = JsonContentType;
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var timeout = new CancellationTokenSource(options.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        ErpLog.Sending(logger, request.PointsChanges, mobile, endpoint);

        int status;
        byte[] answer;
        try
        {
            // ResponseContentRead: the whole answer is read under the timeout, within the client's buffer limit.
            using var response = await httpClient.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            answer = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            // Report the caller's own token, not the linked one the call ran under.
            throw new OperationCanceledException("The points change was cancelled by the caller; if it had been sent, its outcome is unknown.", ex, cancellationToken);
        }
        catch (OperationCanceledException ex)
        {
            throw Unknown(mobile, null, new TimeoutException($"The ERP did not answer within {options.Timeout}.", ex));
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError)
        {
            throw new MemberCardsException(ErpAnswerReader.Service, $"Could not connect to the ERP at {endpoint.GetLeftPart(UriPartial.Authority)} ({ex.HttpRequestError}); the points change was not sent.", ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw Unknown(mobile, null, ex);
        }

        if (status >= (int)HttpStatusCode.InternalServerError)
        {
            throw Unknown(mobile, status, null);
        }

        try
        {
            var member = status is >= 200 and < 300
                ? ErpAnswerReader.ReadSuccess(answer, status)
                : throw ErpAnswerReader.ReadFailure(answer, status);
            ErpLog.Applied(logger, mobile, member.CardNo, member.StateText);
            return member;
        }
        catch (MemberCardsApiException ex)
        {
            ErpLog.Refused(logger, mobile, ex.StatusCode, ex.ErrorCode, ex.ErrorMessage);
            throw;
        }
    }

    private MemberCardsOutcomeUnknownException Unknown(string mobile, int? status, Exception? cause)
    {
        ErpLog.OutcomeUnknown(logger, mobile, status, cause);
        return new MemberCardsOutcomeUnknownException(ErpAnswerReader.Service, Operation, status, cause);
    }
}
