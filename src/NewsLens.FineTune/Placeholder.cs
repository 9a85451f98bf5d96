namespace NewsLens.FineTune;
