/**
 * Multiple systems estimation: how many deaths no list documents, from how the lists overlap. It owns the
 * capture histories (which lists name each person), three estimators — the log-linear independence model,
 * Madigan and York's averaging over decomposable graphs, and Manrique-Vallier's latent-class sampler — and
 * the cautions a statistician attaches to their figures. It reads lists (a CSV or the store's linked
 * persons) and never writes; every figure it gives carries its interval.
 */
package org.marsad.estimate;
