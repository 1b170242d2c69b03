using Milestone.Api.Tests.GraphQL;
using Milestone.Api.Tests.Insights;
using Milestone.Api.Tests.Jira;
using Milestone.Api.Tests.Reliability;

namespace Milestone.Api.Tests.Infrastructure;

/// <summary>
/// The test classes that share a host. Starting a host (a database, its schema, Wolverine) costs seconds,
/// so the classes of one collection run one after another on one host and database, and the collections
/// run in parallel. A class joins a collection only when its tests keep to data of their own (a fresh
/// client, fresh people, requests found through them), move the shared clock only forwards and relative to
/// now, and read mail by recipient; one that needs a host to itself keeps a class fixture and says why.
/// </summary>
public static class Collections
{
    public const string Requests = "Requests";

    public const string Conversation = "Messages, worklogs and teams";

    public const string People = "People and e-mail";

    public const string Sessions = "Sessions";

    public const string GraphQL = "GraphQL protocol";

    public const string Sla = "SLA";

    public const string HourBanks = "Hour banks";

    public const string Jira = "Jira";

    public const string Quarter = "Quarter";

    public const string HostileInput = "Hostile input";

    public const string StaffOnlyIntrospection = "Staff-only introspection";
}

[CollectionDefinition(Collections.Requests)]
public sealed class RequestsCollection : ICollectionFixture<MilestoneApp>;

[CollectionDefinition(Collections.Conversation)]
public sealed class ConversationCollection : ICollectionFixture<MilestoneApp>;

[CollectionDefinition(Collections.People)]
public sealed class PeopleCollection : ICollectionFixture<MilestoneApp>;

[CollectionDefinition(Collections.Sessions)]
public sealed class SessionsCollection : ICollectionFixture<MilestoneApp>;

[CollectionDefinition(Collections.GraphQL)]
public sealed class GraphQLCollection : ICollectionFixture<MilestoneApp>;

[CollectionDefinition(Collections.Sla)]
public sealed class SlaCollection : ICollectionFixture<SlaApp>;

[CollectionDefinition(Collections.HourBanks)]
public sealed class HourBanksCollection : ICollectionFixture<HourBankApp>;

[CollectionDefinition(Collections.Jira)]
public sealed class JiraCollection : ICollectionFixture<JiraApp>;

[CollectionDefinition(Collections.Quarter)]
public sealed class QuarterCollection : ICollectionFixture<QuarterApp>;

[CollectionDefinition(Collections.HostileInput)]
public sealed class HostileInputCollection : ICollectionFixture<HostileInputApp>;

[CollectionDefinition(Collections.StaffOnlyIntrospection)]
public sealed class StaffOnlyIntrospectionCollection : ICollectionFixture<StaffOnlyIntrospectionApp>;
