package org.socle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SocleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SocleApplication.class, args);
	}

}
