using BenchmarkDotNet.Attributes;
using Milestone.Domain.People;
using Milestone.Domain.Requests;

namespace Milestone.Benchmarks;

/// <summary>What a command costs in the domain: rebuilding a request from its events and deciding on it.</summary>
[MemoryDiagnoser]
public class RequestDecisions
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly Actor _agent = new(Guid.NewGuid(), Role.Agent, null);
    private object[] _history = [];
    private Request _request = null!;

    /// <summary>How many worklogs and messages the request already carries.</summary>
    [Params(10, 100)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var requestId = Guid.CreateVersion7(Now);
        var events = new List<object> { Request.Submit(requestId, Guid.NewGuid(), Guid.NewGuid(), "VPN drops every hour", "Since Monday.", Urgency.High, Now) };
        var request = Request.Evolve(null, events[0])!;
        foreach (var decided in request.StartWork(_agent, Now))
        {
            events.Add(decided);
            request = Request.Evolve(request, decided)!;
        }

        for (var i = 0; i < Entries; i++)
        {
            foreach (var decided in request.PostMessage(_agent, Guid.NewGuid().ToString(), "Looking into it.", internalNote: false, Now)
                .Concat(request.LogWork(_agent, Guid.NewGuid().ToString(), DateOnly.FromDateTime(Now.UtcDateTime), 15, billable: true, null, Now)))
            {
                events.Add(decided);
                request = Request.Evolve(request, decided)!;
            }
        }

        _history = [.. events];
        _request = request;
    }

    [Benchmark(Description = "Request.Evolve over its whole stream")]
    public Request? Rebuild()
    {
        Request? state = null;
        foreach (var e in _history)
        {
            state = Request.Evolve(state, e);
        }

        return state;
    }

    [Benchmark(Description = "Request.LogWork decision")]
    public List<object> LogWork() => [.. _request.LogWork(_agent, Guid.NewGuid().ToString(), DateOnly.FromDateTime(Now.UtcDateTime), 30, billable: true, "Fixed.", Now)];

    [Benchmark(Description = "Request.PostMessage decision")]
    public List<object> PostMessage() => [.. _request.PostMessage(_agent, Guid.NewGuid().ToString(), "All done.", internalNote: false, Now)];
}
