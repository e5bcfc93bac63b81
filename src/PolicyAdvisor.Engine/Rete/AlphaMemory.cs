namespace PolicyAdvisor.Engine.Rete;

/// <summary>The facts that passed one alpha path, in the order they entered (one per session and alpha memory node).</summary>
internal sealed class AlphaMemory(AlphaNode node)
{
    /// <summary>The network node owning this memory (its successors must forget a leaving fact).</summary>
    public AlphaNode Node { get; } = node;

    /// <summary>First entry.</summary>
    public AlphaEntry? Head { get; private set; }

    /// <summary>Last entry.</summary>
    public AlphaEntry? Tail { get; private set; }

    /// <summary>The shared join indexes built over this memory, kept in step with it (rarely more than one).</summary>
    public RightIndex[] Indexes { get; private set; } = [];

    /// <summary>Number of facts held.</summary>
    public int Count { get; private set; }

    /// <summary>Keeps <paramref name="index"/> in step with this memory from now on.</summary>
    public void AddIndex(RightIndex index) => Indexes = [.. Indexes, index];

    /// <summary>Appends <paramref name="handle"/> and records the membership on the handle.</summary>
    public void Add(FactHandle handle)
    {
        var entry = new AlphaEntry(handle, this) { Previous = Tail, NextOfHandle = handle.FirstEntry };
        if (Tail is null)
        {
            Head = entry;
        }
        else
        {
            Tail.Next = entry;
        }

        Tail = entry;
        handle.FirstEntry = entry;
        Count++;
    }

    /// <summary>Unlinks <paramref name="entry"/> (the handle's chain is cleared by the caller).</summary>
    public void Remove(AlphaEntry entry)
    {
        if (entry.Previous is null)
        {
            Head = entry.Next;
        }
        else
        {
            entry.Previous.Next = entry.Next;
        }

        if (entry.Next is null)
        {
            Tail = entry.Previous;
        }
        else
        {
            entry.Next.Previous = entry.Previous;
        }

        Count--;
    }
}
