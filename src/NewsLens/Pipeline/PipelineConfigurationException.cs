namespace NewsLens.Pipeline;

/// <summary>The analyzers given to a <see cref="PipelineBuilder"/> cannot run in the given order.</summary>
public sealed class PipelineConfigurationException(string message) : Exception(message);
