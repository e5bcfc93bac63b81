using System.Runtime.CompilerServices;
using PolicyAdvisor.Advice.Explaining;
using Spectre.Console;

namespace PolicyAdvisor.Cli.Output;

/// <summary>Prints proof trees: a Spectre tree on a terminal, plain indented text when redirected.</summary>
internal static class ProofTreeWriter
{
    public static void Write(CliConsole console, ProofNode root)
    {
        if (console.IsTerminal)
        {
            WriteTree(console, root);
            return;
        }

        WritePlain(console.Out, root, string.Empty, string.Empty);
    }

    // Kept apart so that redirected output never makes the JIT load Spectre.Console (cold start).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WriteTree(CliConsole console, ProofNode root)
    {
        var tree = new Tree(Markup.Escape(root.Label));
        AddDetails(tree, root);
        foreach (var child in root.Children)
        {
            Add(tree.AddNode(Label(child)), child);
        }

        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out) }).Write(tree);
    }

    private static void Add(TreeNode node, ProofNode proof)
    {
        foreach (var detail in proof.Details)
        {
            node.AddNode($"[grey]{Markup.Escape(detail)}[/]");
        }

        foreach (var child in proof.Children)
        {
            Add(node.AddNode(Label(child)), child);
        }
    }

    private static void AddDetails(Tree tree, ProofNode proof)
    {
        foreach (var detail in proof.Details)
        {
            tree.AddNode($"[grey]{Markup.Escape(detail)}[/]");
        }
    }

    private static string Label(ProofNode node) => node.Kind switch
    {
        "rule" => $"[bold]{Markup.Escape(node.Label)}[/]",
        "fact" => $"[green]{Markup.Escape(node.Label)}[/]",
        _ => Markup.Escape(node.Label),
    };

    private static void WritePlain(TextWriter output, ProofNode node, string lead, string indent)
    {
        output.WriteLine($"{lead}{node.Label}");
        foreach (var detail in node.Details)
        {
            output.WriteLine($"{indent}    {detail}");
        }

        for (var i = 0; i < node.Children.Count; i++)
        {
            var last = i == node.Children.Count - 1;
            WritePlain(output, node.Children[i], indent + (last ? "└── " : "├── "), indent + (last ? "    " : "│   "));
        }
    }
}
