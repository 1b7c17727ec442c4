namespace MemberCards.Cli.Output;

/// <summary>The last line of every check, <c>Result: ...</c>, and the exit code that goes with it.</summary>
internal static class Verdict
{
    /// <summary>Writes <c>Result: </c> and <paramref name="passedText"/> or <paramref name="failedText"/>.</summary>
    /// <returns><see cref="ExitCodes.Success"/> when <paramref name="passed"/>, otherwise <see cref="ExitCodes.Invalid"/>.</returns>
    public static int Write(TextWriter output, bool passed, string passedText, string failedText)
    {
        output.WriteLine("Result: " + (passed ? passedText : failedText));
        return passed ? ExitCodes.Success : ExitCodes.Invalid;
    }

    /// <summary>A signature check: <c>Result: valid</c>, or <c>Result: invalid (</c><paramref name="likelyCauses"/><c>)</c>.</summary>
    /// <returns><see cref="ExitCodes.Success"/> when <paramref name="valid"/>, otherwise <see cref="ExitCodes.Invalid"/>.</returns>
    public static int Signature(TextWriter output, bool valid, string likelyCauses) => Write(output, valid, "valid", $"invalid ({likelyCauses})");
}
