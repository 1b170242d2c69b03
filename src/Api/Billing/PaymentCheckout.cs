namespace Milestone.Api.Billing;

/// <summary>What the payer is asked to pay, and where the provider sends them back.</summary>
public sealed record CheckoutRequest(Guid InvoiceId, string InvoiceNumber, decimal Amount, string Currency, string SuccessUrl, string CancelUrl);

/// <summary>The provider's checkout page for the payment, and its own id for it.</summary>
public sealed record CheckoutSession(string Url, string ProviderSessionId);

/// <summary>
/// The port through which a payer pays an invoice online: the provider hosts the payment page, and confirms the payment
/// later with a signed webhook. Adapters: <see cref="StripeCheckout"/>; <see cref="NoCheckout"/> where none is set up.
/// </summary>
public interface IPaymentCheckout
{
    bool IsAvailable { get; }

    /// <summary>Throws <see cref="CheckoutUnavailableException"/> when the provider cannot be reached or refuses.</summary>
    Task<CheckoutSession> StartAsync(CheckoutRequest request, CancellationToken cancellation);
}

public sealed class NoCheckout : IPaymentCheckout
{
    public bool IsAvailable => false;

    public Task<CheckoutSession> StartAsync(CheckoutRequest request, CancellationToken cancellation) =>
        throw new CheckoutUnavailableException("Online payment is not set up.");
}

public sealed class CheckoutUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
