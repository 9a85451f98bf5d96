namespace NewsLens.FineTune.Bert;

/// <summary>Which dense layers of every encoder layer get a LoRA adapter.</summary>
[Flags]
public enum LoraTargets
{
    None = 0,
    Query = 1,
    Key = 2,
    Value = 4,
    AttentionOutput = 8,
    Intermediate = 16,
    Output = 32,
    QueryValue = Query | Value,
    All = Query | Key | Value | AttentionOutput | Intermediate | Output,
}
