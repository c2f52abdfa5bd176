/** Shared pieces for the office files ipradar writes (PDF fonts for Chinese). */
package org.ipradar.office;
