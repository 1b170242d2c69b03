namespace Milestone.Api.Tests.Requests;

public static class RequestDocuments
{
    public const string Submit = """
        mutation Submit($input: SubmitRequestInput!) {
          submitRequest(input: $input) {
            request { id clientId submittedBy title description urgency status submittedAt version }
          }
        }
        """;

    public const string ById = """
        query ById($id: ID!) {
          request(id: $id) { id title description urgency status submittedAt version }
        }
        """;

    public const string History = """
        query History($id: ID!) {
          requestHistory(id: $id) { sequence version type timestamp data }
        }
        """;

    public const string Page = """
        query Page($first: Int, $after: String, $filter: RequestFilter) {
          requests(first: $first, after: $after, filter: $filter) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor node { id title urgency } }
          }
        }
        """;
}
