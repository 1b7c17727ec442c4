namespace MemberCards.Sdk.Erp.Tests.Unit;

public sealed class MemberPointsChangeRequestValidatorTests
{
    private static MemberPointsChangeRequest Valid(string mobile = "13800001111") => new()
    {
        Mobile = mobile,
        PointsChanges = -10,
        PointsRemaining = 0,
        PointsUsed = 0,
    };

    [Theory]
    [InlineData("13800001111")]
    [InlineData("19999999999")]
    [InlineData("15012345678")]
    public void Mainland_mobile_numbers_pass(string mobile)
        => Assert.Null(MemberPointsChangeRequestValidator.Problem(Valid(mobile)));

    [Theory]
    [InlineData("12800001111")]
    [InlineData("10800001111")]
    [InlineData("23800001111")]
    [InlineData("1380000111")]
    [InlineData("138000011112")]
    [InlineData("+8613800001111")]
    [InlineData("138-0000-1111")]
    [InlineData("1380000111a")]
    [InlineData(" 13800001111")]
    [InlineData("１３８００００１１１１")]
    public void Other_numbers_are_refused_naming_the_field(string mobile)
    {
        var ex = Assert.Throws<MemberCardsValidationException>(() => MemberPointsChangeRequestValidator.ThrowIfInvalid(Valid(mobile)));

        Assert.Equal("mobile", ex.ParamName);
        Assert.Equal("mobile", ex.FieldPath);
        Assert.Equal("Erp", ex.Service);
        Assert.Contains("MemberPointsChangeRequest.Mobile (mobile)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_mobile_is_not_echoed_in_full()
    {
        var ex = Assert.Throws<MemberCardsValidationException>(() => MemberPointsChangeRequestValidator.ThrowIfInvalid(Valid("+8615987654321")));

        Assert.DoesNotContain("15987654321", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_mobile_is_required()
    {
        var ex = Assert.Throws<MemberCardsValidationException>(() => MemberPointsChangeRequestValidator.ThrowIfInvalid(Valid(string.Empty)));

        Assert.Contains("Mobile (mobile) is required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_remaining_is_refused()
    {
        var ex = Assert.Throws<MemberCardsValidationException>(() => MemberPointsChangeRequestValidator.ThrowIfInvalid(new MemberPointsChangeRequest { Mobile = "13800001111", PointsChanges = 1, PointsRemaining = -1, PointsUsed = 0 }));

        Assert.Contains("PointsRemaining (pointsRemaining) must not be negative; got -1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_used_is_refused()
    {
        var ex = Assert.Throws<MemberCardsValidationException>(() => MemberPointsChangeRequestValidator.ThrowIfInvalid(new MemberPointsChangeRequest { Mobile = "13800001111", PointsChanges = 1, PointsRemaining = 0, PointsUsed = -3 }));

        Assert.Contains("PointsUsed (pointsUsed) must not be negative; got -3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_change_is_a_spend_and_allowed()
        => Assert.Null(MemberPointsChangeRequestValidator.Problem(Valid()));

    [Fact]
    public void Fields_at_their_limit_pass_and_one_more_is_refused()
    {
        var atLimit = new MemberPointsChangeRequest
        {
            Mobile = "13800001111",
            PointsChanges = 1,
            PointsRemaining = 1,
            PointsUsed = 0,
            PointsDescription = new string('积', MemberPointsChangeRequest.MaxPointsDescriptionLength),
            Remark = new string('r', MemberPointsChangeRequest.MaxRemarkLength),
            StoreNumber = new string('1', MemberPointsChangeRequest.MaxStoreNumberLength),
        };
        Assert.Null(MemberPointsChangeRequestValidator.Problem(atLimit));

        Assert.Contains("PointsDescription (pointsDesc) must be at most 100 characters; got 101", Problem(p => p.PointsDescription = new string('积', 101)), StringComparison.Ordinal);
        Assert.Contains("Remark (remark) must be at most 255 characters; got 256", Problem(p => p.Remark = new string('r', 256)), StringComparison.Ordinal);
        Assert.Contains("StoreNumber (storeNumber) must be at most 32 characters; got 33", Problem(p => p.StoreNumber = new string('1', 33)), StringComparison.Ordinal);
    }

    [Fact]
    public void Null_request_is_an_argument_null_exception()
        => Assert.Throws<ArgumentNullException>(() => MemberPointsChangeRequestValidator.ThrowIfInvalid(null!));

    [Fact]
    public void ToString_redacts_the_mobile()
        => Assert.DoesNotContain("13800001111", Valid().ToString(), StringComparison.Ordinal);

    private static string? Problem(Action<Optional> set)
    {
        var optional = new Optional();
        set(optional);
        return MemberPointsChangeRequestValidator.Problem(new MemberPointsChangeRequest
        {
            Mobile = "13800001111",
            PointsChanges = 1,
            PointsRemaining = 1,
            PointsUsed = 0,
            PointsDescription = optional.PointsDescription,
            Remark = optional.Remark,
            StoreNumber = optional.StoreNumber,
        });
    }

    private sealed class Optional
    {
        public string? PointsDescription { get; set; }

        public string? Remark { get; set; }

        public string? StoreNumber { get; set; }
    }
}
