using System.Text.Json;
using Refit;

namespace B2BPortal.ErpAdapter.Features.SalesOrders;

internal static class ErpProblems
{
    /// <summary>The reason an ERP refusal gives: its problem's <c>detail</c>, else its body as text.</summary>
    public static string? Reason(ApiException refusal)
    {
        if (string.IsNullOrWhiteSpace(refusal.Content))
        {
            return null;
        }

        try
        {
            using var problem = JsonDocument.Parse(refusal.Content);
            if (problem.RootElement.ValueKind == JsonValueKind.Object && problem.RootElement.TryGetProperty("detail", out var detail)
                && detail.ValueKind == JsonValueKind.String)
            {
                return detail.GetString();
            }
        }
        catch (JsonException)
        {
        }

        return refusal.Content;
    }
}
