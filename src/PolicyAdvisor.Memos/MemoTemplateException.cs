namespace PolicyAdvisor.Memos;

/// <summary>
/// A memo template could not be parsed or failed while rendering (unknown member, limit reached, include
/// refused, ...). Carries every positioned error; the CLI reports them and exits with code 3.
/// </summary>
public sealed class MemoTemplateException : Exception
{
    /// <summary>Creates the exception from at least one error.</summary>
    /// <param name="errors">The errors, first one most relevant.</param>
    public MemoTemplateException(IReadOnlyList<MemoTemplateError> errors)
        : base(errors.Count > 0 ? errors[0].ToString() : "Memo template failed.")
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("At least one error is required.", nameof(errors));
        }

        Errors = errors;
    }

    /// <summary>Every error found, in source order for parse errors.</summary>
    public IReadOnlyList<MemoTemplateError> Errors { get; }

    /// <summary>The first error's file.</summary>
    public string File => Errors[0].File;

    /// <summary>The first error's 1-based line.</summary>
    public int Line => Errors[0].Line;

    /// <summary>The first error's 1-based column.</summary>
    public int Column => Errors[0].Column;

    /// <summary>The first error's PA07xx code.</summary>
    public string Code => Errors[0].Code;
}
