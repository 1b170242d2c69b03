namespace Milestone.Api.Tests.Reliability;

public static class RandomPicks
{
    /// <summary>One of the choices, built only once it is picked.</summary>
    public static T Pick<T>(this Random random, params Func<T>[] choices) => choices[random.Next(choices.Length)]();
}
