package org.marsad.peers;

import org.scify.jedai.blockbuilding.StandardBlocking;

/**
 * JedAI's {@link StandardBlocking} (token blocking) with ONE change: JedAI 3.0 splits attribute
 * values on the regex {@code [\W_]}, and Java's {@code \W} is ASCII-only unless
 * UNICODE_CHARACTER_CLASS is on, so every Arabic letter counts as a separator and Arabic values
 * produce no blocking keys at all. Here the same regex is compiled with {@code (?U)}, making
 * "word character" Unicode-aware. Everything else (one block per token shared by at least two
 * entities) is JedAI's own code.
 */
public class UnicodeStandardBlocking extends StandardBlocking {
  @Override
  protected String[] getTokens(String attributeValue) {
    return attributeValue.split("(?U)[\\W_]");
  }

  @Override
  public String getMethodName() {
    return "Standard Blocking (Unicode-aware tokens)";
  }
}
