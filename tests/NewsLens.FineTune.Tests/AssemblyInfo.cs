// why: LibTorch's thread count and global generator are process-wide, and two trainings at once on 2 cores only
// fight; these tests run one at a time
[assembly: CollectionBehavior(DisableTestParallelization = true)]
