namespace NewsLens.Learning;

/// <summary>The logistic function shared by the linear models' scorers.</summary>
public static class Logistic
{
    /// <summary>1 / (1 + e^-z), computed without overflow for large |z|.</summary>
    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
