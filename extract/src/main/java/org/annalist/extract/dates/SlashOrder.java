package org.annalist.extract.dates;

/**
 * How to read all-numeric dates such as 10/02/1939 or 10.02.1939.
 *
 * <p>Policy: {@link #MONTH_FIRST} by default, the convention of the English-language sources this
 * tool is made for; {@link #DAY_FIRST} on request ({@code --numeric-dates day-first}). Either way a
 * first number over 12 can only be a day, so 25/10/1939 is read day-first whatever the policy.
 */
public enum SlashOrder {
  MONTH_FIRST, DAY_FIRST
}
