namespace NewsLens.Tests;
