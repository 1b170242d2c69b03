namespace Milestone.Api.Tests.Reliability;

/// <summary>Kinds of hostile case, each drawn as often as its weight says.</summary>
public static class WeightedKinds
{
    public static T Draw<T>(Random random, IReadOnlyList<(int Weight, Func<T> Build)> kinds)
    {
        var roll = random.Next(kinds.Sum(kind => kind.Weight));
        foreach (var (weight, build) in kinds)
        {
            if (roll < weight)
            {
                return build();
            }

            roll -= weight;
        }

        throw new InvalidOperationException("The weights do not add up.");
    }
}
