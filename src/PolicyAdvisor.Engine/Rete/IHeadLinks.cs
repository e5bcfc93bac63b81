namespace PolicyAdvisor.Engine.Rete;

/// <summary>
/// Selects the head field on an owner and the link fields on its items that a <see cref="HeadList{TOwner, TItem, TLinks}"/>
/// uses (resolved statically, like <see cref="ITokenLinks"/>).
/// </summary>
/// <typeparam name="TOwner">What holds the list's first item (a fact handle, a parent token).</typeparam>
/// <typeparam name="TItem">What the list links.</typeparam>
internal interface IHeadLinks<TOwner, TItem>
    where TItem : class
{
    /// <summary>The owner's first item.</summary>
    static abstract TItem? First(TOwner owner);

    /// <summary>Sets the owner's first item.</summary>
    static abstract void SetFirst(TOwner owner, TItem? value);

    /// <summary>The previous item.</summary>
    static abstract TItem? Previous(TItem item);

    /// <summary>The next item.</summary>
    static abstract TItem? Next(TItem item);

    /// <summary>Sets the previous item.</summary>
    static abstract void SetPrevious(TItem item, TItem? value);

    /// <summary>Sets the next item.</summary>
    static abstract void SetNext(TItem item, TItem? value);
}
