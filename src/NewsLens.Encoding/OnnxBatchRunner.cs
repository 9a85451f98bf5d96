using Microsoft.ML.OnnxRuntime;

namespace NewsLens.Encoders;

/// <summary>Runs padded batches of word-piece id sequences through a BERT-style ONNX session.</summary>
internal static class OnnxBatchRunner
{
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] OutputNames = ["last_hidden_state"];

    /// <summary>
    /// The last hidden states of each sequence, without its padding: <c>[length, dimension]</c> row-major per sequence.
    /// </summary>
    public static float[][] Run(InferenceSession session, IReadOnlyList<long[]> sequences, int pad, int dimension,
        CancellationToken cancellationToken)
    {
        int batch = sequences.Count, length = sequences.Max(s => s.Length);
        var ids = new long[batch * length];
        var mask = new long[batch * length];
        for (int b = 0; b < batch; b++)
        {
            Array.Fill(ids, pad, b * length, length);
            sequences[b].CopyTo(ids, b * length);
            Array.Fill(mask, 1L, b * length, sequences[b].Length);
        }
        long[] shape = [batch, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[batch * length], shape);
        using var runOptions = new RunOptions();
        // why: a cancelled analysis stops the running batch instead of waiting for it
        using var registration = cancellationToken.Register(() => runOptions.Terminate = true);
        using var outputs = Run(session, runOptions, [idsValue, maskValue, typesValue], cancellationToken);
        var states = outputs[0].GetTensorDataAsSpan<float>();
        var result = new float[batch][];
        for (int b = 0; b < batch; b++)
            result[b] = states.Slice(b * length * dimension, sequences[b].Length * dimension).ToArray();
        return result;
    }

    private static IDisposableReadOnlyCollection<OrtValue> Run(InferenceSession session, RunOptions runOptions,
        OrtValue[] inputs, CancellationToken cancellationToken)
    {
        try
        {
            return session.Run(runOptions, InputNames, inputs, OutputNames);
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }
}
