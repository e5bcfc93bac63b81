namespace PolicyAdvisor.Rules;

/// <summary>All source digests, with claims looked up by id.</summary>
public sealed class SourceLibrary
{
    private readonly Dictionary<string, ClaimSpec> _claims = new(StringComparer.Ordinal);

    /// <summary>Creates a library; a claim id seen twice keeps its first occurrence.</summary>
    public SourceLibrary(IReadOnlyList<SourceSpec> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        Sources = sources;
        foreach (var claim in sources.SelectMany(s => s.Claims))
        {
            _claims.TryAdd(claim.Id, claim);
        }
    }

    /// <summary>The sources, ordered by id.</summary>
    public IReadOnlyList<SourceSpec> Sources { get; }

    /// <summary>Every claim, in source then digest order.</summary>
    public IEnumerable<ClaimSpec> Claims => Sources.SelectMany(s => s.Claims);

    /// <summary>The claim with <paramref name="id"/>, or null.</summary>
    public ClaimSpec? FindClaim(string id) => _claims.GetValueOrDefault(id);

    /// <summary>The source with <paramref name="id"/>, or null.</summary>
    public SourceSpec? FindSource(string id) => Sources.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// Checks a citation: reports an error (with a did-you-mean) when <paramref name="claimId"/> is in no digest.
    /// Returns whether it is known.
    /// </summary>
    public bool CheckCitation(YamlScalar claimId, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (_claims.ContainsKey(claimId.Value))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.UnknownClaim, $"claim '{claimId.Value}' is in no source digest{Suggest.DidYouMean(claimId.Value, _claims.Keys)}", claimId);
        return false;
    }

    /// <summary>A warning for every claim not in <paramref name="usedClaimIds"/>, in source then digest order.</summary>
    public IReadOnlyList<Diagnostic> UnusedClaims(IEnumerable<string> usedClaimIds)
    {
        ArgumentNullException.ThrowIfNull(usedClaimIds);
        var used = new HashSet<string>(usedClaimIds, StringComparer.Ordinal);
        return Claims.Where(c => !used.Contains(c.Id))
            .Select(c => new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.UnusedClaim, $"claim '{c.Id}' is cited by no rule, option or situation", c.File, c.Line, c.Column))
            .ToArray();
    }
}
