using NewsLens.Encoders;

namespace NewsLens.FineTune.TokenClassification;

/// <summary>
/// What token-classification fine-tuning produced: the linear head over the encoder's piece states
/// (<c>logits = state · HeadWeight + HeadBias</c>, HeadWeight <c>[hidden, classes]</c> row-major) and the encoder's
/// changed weights, for ONNX Runtime (<see cref="EncoderOptions.WeightOverrides"/>).
/// </summary>
public sealed record TokenClassificationResult(
    IReadOnlyList<double> LossPerEpoch, float[] HeadWeight, float[] HeadBias, int Classes, EncoderWeightOverrides Overrides)
{
    /// <summary>Every task's head (weight, bias, classes), task 0 first; one entry for single-task training.</summary>
    public IReadOnlyList<(float[] Weight, float[] Bias, int Classes)> Heads { get; init; } = [(HeadWeight, HeadBias, Classes)];
}
