// Fixed word lists for the synthetic abstracts, taken from the nouns, adjectives and noun phrases
// of the seed pages (seeds/*.txt, tagged with the pipeline's own phrase extractor) and widened
// with the same fields' everyday vocabulary, so that there are enough to give hundreds of topics
// their own words. A list entry is a noun in one of three spellings: "kernel" (plural by rule),
// "attention*" (no plural: a mass noun), "matrix/matrices" (irregular plural).

/** Topic nouns: each topic gets a few as its own single-word terms and as parts of its phrases. */
export const CORE_NOUNS = [
  'attention*', 'kernel', 'distillation*', 'sharpness*', 'curvature*', 'calibration*', 'quantization*',
  'pruning*', 'compression*', 'augmentation*', 'regularization*', 'dropout*', 'normalization*',
  'initialization*', 'embedding', 'transformer', 'encoder', 'decoder', 'retrieval*', 'segmentation*',
  'detection*', 'tokenizer', 'token', 'prompt', 'reward', 'policy/policies', 'planning*', 'reasoning*',
  'memorization*', 'unlearning*', 'grokking*', 'diffusion*', 'denoising*', 'clustering*', 'ranking*',
  'alignment*', 'steering*', 'preference', 'annotation', 'margin', 'manifold', 'subspace', 'tensor',
  'matrix/matrices', 'spectrum/spectra', 'eigenvalue', 'momentum*', 'optimizer', 'scheduler',
  'curriculum/curricula', 'ensemble', 'mixture', 'expert', 'router', 'adapter', 'checkpoint',
  'pretraining*', 'saliency*', 'attribution', 'interpretability*', 'fairness*', 'privacy*',
  'uncertainty*', 'entropy*', 'divergence', 'likelihood*', 'posterior', 'estimator', 'hypothesis/hypotheses',
  'graph', 'subgraph', 'molecule', 'protein', 'genome', 'image', 'video', 'speech*', 'audio*',
  'language', 'translation*', 'summarization*', 'caption', 'dialogue', 'agent', 'robot',
  'trajectory/trajectories', 'navigation*', 'simulation', 'physics*', 'weather*', 'climate*', 'satellite',
  'imagery*', 'landscape', 'basin', 'plateau', 'phase', 'collapse', 'oscillation', 'instability*',
  'convergence*', 'scaling*', 'budget', 'memory*', 'cache', 'latency*', 'throughput*', 'quantizer',
  'sparsity*', 'factorization*', 'decomposition', 'projection', 'rotation', 'symmetry/symmetries',
  'invariance*', 'equivariance*', 'geometry*', 'topology*', 'homotopy*', 'metric', 'distance',
  'similarity*', 'recommendation', 'query/queries', 'document', 'corpus/corpora', 'shortcut', 'domain',
  'outlier', 'noise*', 'corruption*', 'perturbation', 'attack', 'defense', 'watermark', 'provenance*',
  'copyright*', 'license', 'histology*', 'pathology*', 'radiology*', 'lesion', 'tumor', 'retina',
  'surgery*', 'diagnosis/diagnoses', 'patient', 'vegetation*', 'phenology*', 'wildlife*', 'city/cities',
  'river', 'traffic*', 'insurance*', 'pricing*', 'forecasting*', 'anomaly/anomalies', 'sensor', 'spike',
  'neuron', 'synapse', 'circuit', 'concept', 'prototype', 'exemplar', 'codebook', 'vocabulary/vocabularies',
  'syntax*', 'semantics*', 'compositionality*', 'grounding*', 'perception*', 'foveation*', 'saccade',
  'gaze*', 'pose', 'depth*', 'scene', 'mesh', 'voxel', 'rendering*', 'radiance*', 'texture', 'shape',
  'pixel', 'patch/patches', 'frame', 'motion*', 'logit', 'softmax*', 'activation', 'gradient', 'weight',
  'minimizer', 'saddle', 'ridge', 'valley', 'verifier', 'retriever', 'critic',
  'planner', 'tool', 'workflow', 'instruction', 'demonstration', 'feedback*', 'supervision*', 'teacher',
  'student', 'pseudo-label', 'bottleneck', 'permutation', 'lottery', 'ticket', 'supernet', 'subnetwork',
  'heterogeneity*', 'client', 'server', 'communication*', 'consensus*', 'game', 'auction', 'market',
  'contract', 'protocol', 'theorem', 'proof', 'program', 'compiler', 'wavelet',
  'fourier-feature', 'spline', 'polynomial', 'tree', 'forest', 'boosting*', 'bandit', 'regret*',
  'exploration*', 'horizon', 'option', 'skill', 'habitat', 'species*', 'crop', 'soil*', 'rainfall*',
] as const;

/** Adjectives that narrow a topic noun: "sparse attention", "spectral clustering". */
export const MODIFIERS = [
  'adversarial', 'sparse', 'contrastive', 'implicit', 'spectral', 'stochastic', 'convolutional',
  'recurrent', 'generative', 'discriminative', 'robust', 'low-rank', 'self-supervised', 'semi-supervised',
  'unsupervised', 'multimodal', 'hierarchical', 'causal', 'variational', 'probabilistic', 'differentiable',
  'continual', 'federated', 'offline', 'online', 'linear', 'nonlinear', 'non-convex', 'convex', 'latent',
  'geometric', 'compositional', 'symbolic', 'temporal', 'spatial', 'visual', 'textual', 'semantic',
  'lexical', 'molecular', 'clinical', 'autonomous', 'interactive', 'multilingual', 'multi-agent',
  'equivariant', 'orthogonal', 'isotropic', 'anisotropic', 'hyperbolic', 'gaussian', 'bayesian',
  'discrete', 'continuous', 'dense', 'shallow', 'overparameterized', 'quantized', 'binary', 'modular',
  'incremental', 'few-shot', 'zero-shot', 'long-context', 'open-vocabulary', 'retrieval-augmented',
  'energy-based', 'score-based', 'flow-based', 'kernel-based', 'gradient-based', 'model-based',
  'model-free', 'data-driven', 'end-to-end', 'distributional', 'interpretable', 'adaptive',
  'asynchronous', 'decentralized', 'hybrid', 'mechanistic', 'algorithmic', 'combinatorial', 'structural',
  'topological', 'asymptotic', 'non-asymptotic', 'information-theoretic', 'minimax', 'private',
  'synthetic', 'unlabeled', 'noisy', 'imbalanced', 'long-tailed', 'heavy-tailed', 'sequential',
  'autoregressive', 'masked', 'physics-informed', 'urban', 'geospatial', 'biomedical', 'histological',
  'cardiac', 'retinal', 'acoustic', 'phonetic', 'syntactic', 'conversational', 'embodied', 'egocentric',
  'volumetric', 'photometric', 'tabular', 'relational', 'counterfactual', 'contextual', 'episodic',
  'procedural', 'monotone', 'lipschitz', 'entropic', 'optimal', 'bilevel', 'multi-task', 'cross-modal',
  'cross-lingual', 'fine-grained', 'coarse-grained', 'layer-wise', 'token-level', 'instance-level',
] as const;

/** Nouns that end a phrase after a topic noun: "attention head", "kernel estimator". */
export const HEADS = [
  'model', 'network', 'estimator', 'objective', 'regularizer', 'layer', 'module', 'head', 'encoder',
  'decoder', 'loss', 'bound', 'benchmark', 'metric', 'score', 'distribution', 'space', 'function',
  'landscape', 'dynamics*', 'learning*', 'optimization*', 'estimation*', 'analysis/analyses', 'inference*',
  'sampling*', 'selection*', 'matching*', 'prediction', 'generation*', 'transfer*', 'search*', 'tuning*',
  'descent*', 'regression*', 'classification*', 'representation', 'embedding', 'policy/policies', 'graph',
  'pipeline', 'schedule', 'constraint', 'criterion/criteria', 'signal', 'map', 'operator', 'kernel',
  'attack', 'detector', 'classifier', 'generator', 'tokenizer', 'scheme',
] as const;

/** Whole noun phrases from the seed abstracts, each given to one topic only. */
export const SEED_PHRASES = [
  'sharpness-aware minimization*', 'knowledge distillation*', 'shortcut learning*', 'random feature attention*',
  'importance sampling*', 'gradient descent*', 'neural tangent kernel', 'loss landscape', 'label noise*',
  'data augmentation*', 'implicit regularization*', 'self-distillation*', 'low-rank feature', 'vision transformer',
  'scaling law', 'domain generalization*', 'noisy label', 'contrastive learning*', 'metric learning*',
  'information bottleneck', 'machine unlearning*', 'adversarial training*', 'mutual information*',
  'distribution shift', 'early stopping*', 'weight decay*', 'batch normalization*', 'learning rate',
  'decision boundary/decision boundaries', 'phase transition', 'benign overfitting*', 'neural collapse*',
  'generalization bound', 'test-time adaptation*', 'continual learning*', 'federated learning*',
  'reinforcement learning*', 'image classification*', 'semantic segmentation*', 'satellite imagery*',
  'whole slide image', 'multiple instance learning*', 'sparse autoencoder', 'reward model', 'process reward',
  'compositional generalization*', 'model calibration*', 'cross-entropy loss', 'focal loss', 'surrogate loss',
  'weight space learning*', 'model zoo', 'loss sharpness*', 'flat minimum/flat minima', 'gradient boosting*',
  'stochastic gradient descent*', 'ghost batch normalization*', 'energy-based model', 'surrogate gradient',
  'activation function', 'attention mechanism', 'large language model', 'in-context learning*',
  'retrieval-augmented generation*', 'preference optimization*', 'model merging*', 'mode connectivity*',
  'lottery ticket', 'out-of-distribution detection*', 'counterfactual fairness*', 'class incremental learning*',
  'meta-learning*', 'few-shot learning*', 'prompt tuning*', 'low-rank adaptation*', 'quantization-aware training*',
  'model compression*', 'network pruning*', 'graph neural network', 'message passing*', 'optimal transport*',
  'wasserstein distance', 'kernel ridge regression*', 'gaussian process', 'bayesian optimization*',
  'variational inference*', 'normalizing flow', 'diffusion model', 'score matching*', 'denoising autoencoder',
  'masked language model', 'speech recognition*', 'machine translation*', 'question answering*',
  'text summarization*', 'code generation*', 'program synthesis*', 'theorem proving*', 'motion planning*',
  'policy gradient', 'reward shaping*', 'offline reinforcement learning*', 'imitation learning*', 'world model',
  'robot manipulation*', 'object detection*', 'pose estimation*', 'depth estimation*', 'point cloud',
  'neural radiance field', 'medical image segmentation*', 'anomaly detection*', 'time series forecasting*',
  'recommender system', 'collaborative filtering*', 'link prediction*', 'node classification*',
  'community detection*', 'causal discovery*', 'causal inference*', 'treatment effect', 'differential privacy*',
  'membership inference*', 'adversarial example', 'backdoor attack', 'data poisoning*', 'spurious correlation',
  'loss landscape analysis*', 'hessian eigendecomposition*', 'logit manipulation*', 'feature rank*',
  'teacher network', 'student network', 'sequence length', 'softmax kernel',
  'curvature regularization*', 'label smoothing*', 'metric space', 'unit sphere', 'urban landscape',
  'accuracy disparity/accuracy disparities', 'domain shift', 'source domain', 'target domain',
  'inductive bias/inductive biases', 'simplicity bias/simplicity biases', 'implicit bias/implicit biases',
] as const;

/** The shared academic filler every topic uses, most frequent first (drawn Zipf-wise). */
export const BACKGROUND = [
  'benchmark', 'dataset', 'baseline', 'accuracy*', 'training data*', 'computational cost', 'downstream task',
  'real-world dataset', 'model size', 'inference time*', 'memory footprint', 'sample efficiency*',
  'empirical evidence*', 'test accuracy*', 'hyperparameter', 'ablation study/ablation studies',
  'open-source implementation', 'training time*', 'compute budget', 'evaluation protocol', 'error rate',
  'convergence speed*', 'theoretical analysis/theoretical analyses', 'state-of-the-art method',
  'strong baseline', 'wall-clock time*', 'large-scale experiment', 'synthetic data*', 'public benchmark',
  'standard benchmark', 'human evaluation*', 'case study/case studies', 'toy example', 'practical application',
  'small model', 'large model', 'parameter count', 'training budget', 'evaluation metric', 'failure mode',
  'design choice', 'trade-off', 'scaling behavior*', 'training set', 'test set', 'validation set',
] as const;

/** What a method is said to improve: "the robustness of …". */
export const QUALITIES = [
  'robustness', 'efficiency', 'accuracy', 'stability', 'scalability', 'generalization', 'interpretability',
  'reliability', 'expressivity', 'fidelity', 'sample complexity',
] as const;

/**
 * Praise in front of a method. Mostly words the pipeline strips from the start of a phrase
 * ("novel", "simple"), some it keeps ("efficient"), as real abstracts mix both.
 */
export const GENERIC_ADJECTIVES = [
  'novel', 'simple', 'new', 'practical', 'powerful', 'general', 'principled', 'unified', 'efficient',
  'scalable', 'lightweight', 'flexible',
] as const;

/** arXiv categories as profile pages write them (two capitals), with how often each heads a topic. */
export const CATEGORIES: readonly (readonly [code: string, weight: number])[] = [
  ['LG', 30], ['CV', 14], ['CL', 14], ['AI', 10], ['ML', 6], ['RO', 4], ['CR', 3], ['IR', 3], ['NE', 2],
  ['SD', 2], ['MA', 1], ['HC', 1], ['DS', 1], ['IT', 1], ['OC', 1], ['SI', 1], ['DB', 1], ['SE', 1],
];

/** Organisation lines that stand instead of "• N authors" on listing pages ("apple Apple"). */
export const ORGANISATIONS = [
  'apple Apple', 'google Google', 'facebook AI at Meta', 'microsoft Microsoft', 'nvidia NVIDIA',
  'allenai Ai2', 'deepseek-ai DeepSeek', 'Qwen Qwen', 'ByteDance-Seed ByteDance Seed', 'openbmb OpenBMB',
  'mistralai Mistral AI', 'huggingface Hugging Face', 'ibm-granite IBM Granite', 'Salesforce Salesforce',
] as const;

/** The " · eth-zurich" tail of a profile page's author line, and code hosts' organisation names. */
export const AFFILIATIONS = [
  'eth-zurich', 'google', 'mit', 'stanford', 'cmu', 'berkeley', 'tsinghua', 'epfl', 'mila', 'oxford',
  'cambridge', 'inria', 'kaist', 'nyu', 'toronto', 'tum', 'mpi-is', 'meta', 'microsoft', 'peking',
] as const;

/** Parts of invented method names ("DARKFormer", "PlanGEN"). */
export const NAME_PREFIXES = [
  'Flex', 'Dyna', 'Meta', 'Omni', 'Proto', 'Hyper', 'Neuro', 'Quant', 'Lumi', 'Astra', 'Vera', 'Nova', 'Orbi',
  'Tera', 'Zeta', 'Sigma', 'Delta', 'Kappa', 'Echo', 'Pico', 'Mega', 'Cora', 'Terra', 'Aqua', 'Helio', 'Ion',
  'Vex', 'Rho', 'Sol', 'Tri', 'Uni', 'Poly', 'Mono', 'Dark', 'Plan', 'Spark', 'Swift', 'Deep', 'Fast', 'Lean',
] as const;
export const NAME_SUFFIXES = [
  'Net', 'Former', 'GEN', 'LM', 'Fusion', 'Flow', 'Mix', 'Align', 'Tune', 'Diff', 'Prompt', 'Scope', 'Mind',
  'Bench', 'Guard', 'Vision', 'Graph', 'Search', 'Sense', 'Path', 'Loop', 'Grad', 'Prune', 'Distill',
] as const;
