using System.Text;
using PolicyAdvisor.Advice.Reports;
using PolicyAdvisor.Cli.Hosting;
using PolicyAdvisor.Memos;

namespace PolicyAdvisor.Cli.Output;

/// <summary>Renders a memo to a file (atomically) or to standard output, mapping template errors to exit code 3.</summary>
internal static class MemoWriting
{
    /// <summary>Renders <paramref name="report"/> and writes it.</summary>
    public static void Write(MemoRenderer renderer, AdviceReport report, MemoFormat format, FileInfo? outFile, CliEnvironment environment)
    {
        try
        {
            if (outFile is not null)
            {
                AtomicFile.Write(Path.GetFullPath(outFile.ToString(), environment.WorkingDirectory), stream => renderer.Render(report, format, stream));
                return;
            }

            using var buffer = new MemoryStream();
            renderer.Render(report, format, buffer);
            environment.Console.Out.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
        catch (MemoTemplateException e)
        {
            foreach (var error in e.Errors)
            {
                environment.Console.Error.WriteLine($"{environment.Display(error.File)}({error.Line},{error.Column}): error {error.Code}: {error.Message}");
            }

            throw CliException.InvalidInput($"the templates have {(e.Errors.Count == 1 ? "an error" : $"{e.Errors.Count} errors")}; see above.");
        }
    }
}
