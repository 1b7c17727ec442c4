using System.Text;
using BenchmarkDotNet.Attributes;
using MemberCards.Sdk;
using MemberCards.Sdk.Erp;

namespace MemberCards.Sdk.Benchmarks.Erp;

/// <summary>Reading the ERP's memberPoints answer: the seed's shape against the all-numbers and all-strings shapes, and the failure path.</summary>
[MemoryDiagnoser]
public class ErpAnswerBenchmarks
{
    /// <summary>The seed's success sample, as the ERP answers it.</summary>
    internal static readonly byte[] Seed = Encoding.UTF8.GetBytes("""{"code":10000,"msg":"成功","data":{"name":"周xx","sex":"男","identityCardNo":"330702690808123","birthday":"1969-08-07","email":"","level":"0","state":"0","address":"下城路766号","cardNo":"e0582800","storeNumber":"1001"}}""");
    private static readonly byte[] Numbers = Encoding.UTF8.GetBytes("""{"code":10000,"msg":"成功","data":{"name":"周xx","sex":"男","identityCardNo":"330702690808123","birthday":"1969-08-07","email":"","level":0,"state":0,"address":"下城路766号","cardNo":"e0582800","storeNumber":"1001"}}""");
    private static readonly byte[] Strings = Encoding.UTF8.GetBytes("""{"code":"10000","msg":"成功","data":{"name":"周xx","sex":"男","identityCardNo":"330702690808123","birthday":"1969-08-07","email":"","level":"0","state":"0","address":"下城路766号","cardNo":"e0582800","storeNumber":"1001"}}""");
    private static readonly byte[] Failure = Encoding.UTF8.GetBytes("""{"code":20000,"info":{},"msg":"请求失败"}""");

    [Benchmark(Baseline = true)]
    public ErpMember SeedShape() => ErpAnswerReader.ReadSuccess(Seed, 200);

    [Benchmark]
    public ErpMember AllNumbers() => ErpAnswerReader.ReadSuccess(Numbers, 200);

    [Benchmark]
    public ErpMember AllStrings() => ErpAnswerReader.ReadSuccess(Strings, 200);

    [Benchmark]
    public string? FailureToException()
    {
        try
        {
            return ErpAnswerReader.ReadSuccess(Failure, 200).CardNo;
        }
        catch (MemberCardsApiException ex)
        {
            return ex.ErrorCode;
        }
    }
}
